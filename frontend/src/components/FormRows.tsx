import { PlusOutlined } from '@ant-design/icons';
import { Button, Col, Flex, Form, Row, type ColProps, type FormItemProps, type FormListFieldData } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import { RemoveRowButton } from './RowButtons';

interface Props {
  /** The form list's name. */
  name: string;
  /** The value of a row the add button appends. */
  newRow: unknown;
  addLabel: string;
  removeLabel: string;
  addTestId?: string;
  addStyle?: CSSProperties;
  /** Rows that wrap on a phone (several fields) rather than stretch one field. */
  wrap?: boolean;
  align?: 'flex-start' | 'center';
  /** Rows laid out as a grid of {@link GridCell}s, the delete button in a cell of this span. */
  grid?: ColProps;
  rowTestId?: string;
  /** One row's fields; its delete button follows them. */
  children: (field: FormListFieldData, index: number) => ReactNode;
}

/** A form list of rows, each ending with its delete button, and a button below that adds a row. */
export function FormRows({
  name,
  newRow,
  addLabel,
  removeLabel,
  addTestId,
  addStyle,
  wrap,
  align,
  grid,
  rowTestId,
  children,
}: Props) {
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <Flex vertical gap={4}>
          {fields.map((f, i) =>
            grid ? (
              <Row key={f.key} gutter={8} align="top" data-testid={rowTestId}>
                {children(f, i)}
                <Col {...grid}>
                  <RemoveRowButton
                    onClick={() => remove(f.name)}
                    label={removeLabel}
                    style={{ marginTop: i === 0 ? 30 : 0 }}
                  />
                </Col>
              </Row>
            ) : (
              <Flex key={f.key} gap={8} align={align} wrap={wrap} data-testid={rowTestId}>
                {children(f, i)}
                <RemoveRowButton onClick={() => remove(f.name)} label={removeLabel} />
              </Flex>
            ),
          )}
          <Button icon={<PlusOutlined />} onClick={() => add(newRow)} data-testid={addTestId} style={addStyle}>
            {addLabel}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}

/** A cell of a grid row: its field is labelled on the first row only, so the rows below read as a table. */
export function GridCell({
  span,
  first,
  label,
  children,
  ...item
}: { span: ColProps; first: boolean; label: string } & Omit<FormItemProps, 'label'>) {
  return (
    <Col {...span}>
      <Form.Item label={first ? label : undefined} style={{ marginBottom: 8 }} {...item}>
        {children}
      </Form.Item>
    </Col>
  );
}

/** A field of a flex row: `flex` its share of the row, `requiredMessage` what it says while it is empty. */
export function RowCell({
  flex,
  requiredMessage,
  whitespace,
  children,
  ...item
}: { flex?: string; requiredMessage?: string; whitespace?: boolean } & Omit<
  FormItemProps,
  'rules' | 'style' | 'required'
>) {
  return (
    <Form.Item
      rules={requiredMessage ? [{ required: true, whitespace, message: requiredMessage }] : undefined}
      style={{ flex, marginBottom: 8 }}
      {...item}
    >
      {children}
    </Form.Item>
  );
}
