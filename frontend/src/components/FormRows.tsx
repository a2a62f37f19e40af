import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, type FormListFieldData } from 'antd';
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
  /** One row's fields; its delete button follows them. */
  children: (field: FormListFieldData, index: number) => ReactNode;
}

/** A form list of rows, each ending with its delete button, and a button below that adds a row. */
export function FormRows({ name, newRow, addLabel, removeLabel, addTestId, addStyle, wrap, align, children }: Props) {
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <Flex vertical gap={4}>
          {fields.map((f, i) => (
            <Flex key={f.key} gap={8} align={align} wrap={wrap}>
              {children(f, i)}
              <RemoveRowButton onClick={() => remove(f.name)} label={removeLabel} />
            </Flex>
          ))}
          <Button icon={<PlusOutlined />} onClick={() => add(newRow)} data-testid={addTestId} style={addStyle}>
            {addLabel}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}
