import { Modal, type FormInstance, type ModalProps } from 'antd';
import { useTranslation } from 'react-i18next';

type Props = Omit<ModalProps, 'open' | 'onOk' | 'okText' | 'cancelText'> & {
  /** The form the dialog holds: "Lưu" submits it. */
  form: FormInstance;
};

/** A dialog around one form: "Lưu" submits the form, "Hủy" and the close button cancel. */
export function FormModal({ form, width = 640, children, ...rest }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      open
      width={width}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      {...rest}
    >
      {children}
    </Modal>
  );
}
