import { Flex, Form, Input, InputNumber, Radio } from 'antd';
import { useTranslation } from 'react-i18next';

/** Who the person is: name, gender, birth year and position (the same in the quick add and the full record). */
export function PersonIdentityFields() {
  const { t } = useTranslation();
  return (
    <>
      <Flex gap={12} wrap>
        <Form.Item
          name="fullName"
          label={t('awards.people.fullName')}
          rules={[{ required: true, whitespace: true, message: t('awards.form.required') }]}
          style={{ flex: '1 1 240px' }}
        >
          <Input maxLength={200} data-testid="person-name" />
        </Form.Item>
        <Form.Item name="gender" label={t('awards.people.gender')}>
          <Radio.Group
            options={[
              { value: 'MALE', label: t('awards.people.male') },
              { value: 'FEMALE', label: t('awards.people.female') },
            ]}
          />
        </Form.Item>
        <Form.Item name="birthYear" label={t('awards.people.birthYear')}>
          <InputNumber min={1930} max={2015} />
        </Form.Item>
      </Flex>
      <Form.Item name="position" label={t('awards.people.position')}>
        <Input maxLength={200} />
      </Form.Item>
    </>
  );
}
