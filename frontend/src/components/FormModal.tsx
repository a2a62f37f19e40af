import { Alert, Modal, type FormInstance, type ModalProps } from 'antd';
import { useTranslation } from 'react-i18next';

type Props = Omit<ModalProps, 'open' | 'onOk' | 'okText' | 'cancelText'> & {
  /** The form the dialog holds: "Lưu" submits it. */
  form: FormInstance;
  /** Why the last save failed, beyond what the fields show (see saveFailureMessages). */
  errors?: readonly string[];
  /** A heading above the messages; without it they are the heading. */
  errorsTitle?: string;
  errorsTestId?: string;
};

/**
 * Puts the keyboard in the first field of the dialog that has just opened: antd leaves focus on the dialog itself, so
 * a keyboard user would tab through its header first.
 */
export function focusFirstField(open: boolean) {
  if (!open) return;
  const bodies = document.querySelectorAll('.ant-modal-body');
  const body = bodies[bodies.length - 1];
  // the dialog opens with an animation: someone already working in it keeps their place
  if (!body || body.contains(document.activeElement)) return;
  body.querySelector<HTMLElement>('input:not([type=hidden]):not([disabled]), textarea:not([disabled])')?.focus();
}

/** A dialog around one form: "Lưu" submits the form, "Hủy" and the close button cancel; save errors on top. */
export function FormModal({
  form,
  errors = [],
  errorsTitle,
  errorsTestId,
  width = 640,
  children,
  afterOpenChange,
  ...rest
}: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      open
      width={width}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      afterOpenChange={(open) => {
        focusFirstField(open);
        afterOpenChange?.(open);
      }}
      {...rest}
    >
      <SaveErrors errors={errors} title={errorsTitle} testId={errorsTestId} />
      {children}
    </Modal>
  );
}

/** Why a save failed, above the form: one message, or a list under a heading. */
export function SaveErrors({ errors, title, testId }: { errors: readonly string[]; title?: string; testId?: string }) {
  if (errors.length === 0) return null;
  const list =
    errors.length === 1 ? (
      errors[0]
    ) : (
      <ul style={{ margin: 0, paddingInlineStart: 18 }}>
        {errors.map((e) => (
          <li key={e}>{e}</li>
        ))}
      </ul>
    );
  return (
    <Alert
      type="error"
      showIcon
      style={{ marginBottom: 16 }}
      title={title ?? list}
      description={title ? list : undefined}
      data-testid={testId}
    />
  );
}
