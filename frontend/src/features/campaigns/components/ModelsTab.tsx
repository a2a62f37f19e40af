import { useState } from 'react';
import { Alert, Button, Col, Empty, Flex, Form, Input, Modal, Row, Skeleton } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { CampaignView, ModelInput } from '../../../api/types';
import { describeError } from '../../../api/errors';
import { useSession } from '../../../auth/session';
import { ErrorState } from '../../../components/ErrorState';
import { ModelCard } from '../../showcase/components/ModelCard';
import { useModels, usePublishModel } from '../../showcase/hooks';

/** The models units built in this campaign; units in scope publish theirs. */
export function ModelsTab({ campaign }: { campaign: CampaignView }) {
  const { t } = useTranslation();
  const { permissions } = useSession();
  const models = useModels({ campaignId: campaign.id, q: '', page: 0, size: 100 });
  const [publishing, setPublishing] = useState(false);
  if (models.isPending) return <Skeleton active />;
  if (models.isError)
    return (
      <ErrorState compact title={t('showcase.loadError')} error={models.error} onRetry={() => void models.refetch()} />
    );
  const items = models.data?.items ?? [];
  return (
    <Flex vertical gap={12} data-testid="campaign-models">
      {permissions.actForUnit && !campaign.manageable && (
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setPublishing(true)}
          style={{ width: 'fit-content' }}
          data-testid="model-publish"
        >
          {t('showcase.publish')}
        </Button>
      )}
      {items.length === 0 ? (
        <Empty description={t('showcase.empty')} />
      ) : (
        <Row gutter={[12, 12]}>
          {items.map((m) => (
            <Col xs={24} md={12} key={m.id}>
              <ModelCard model={m} />
            </Col>
          ))}
        </Row>
      )}
      {publishing && <PublishModal campaignId={campaign.id} onClose={() => setPublishing(false)} />}
    </Flex>
  );
}

function PublishModal({ campaignId, onClose }: { campaignId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ModelInput>();
  const publish = usePublishModel(campaignId);
  const [error, setError] = useState<string | null>(null);
  const submit = async (v: ModelInput) => {
    setError(null);
    try {
      await publish.mutateAsync({
        title: v.title.trim(),
        description: v.description.trim(),
        place: v.place.trim(),
        results: v.results.trim(),
      });
      onClose();
    } catch (e) {
      setError(describeError(e, t));
    }
  };
  const required = [{ required: true, whitespace: true, message: t('campaigns.form.required') }];
  return (
    <Modal
      open
      title={t('showcase.publish')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('showcase.publishOk')}
      cancelText={t('common.cancel')}
      confirmLoading={publish.isPending}
      okButtonProps={{ 'data-testid': 'model-publish-submit' }}
      width={640}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item name="title" label={t('showcase.title')} rules={[...required, { max: 500 }]}>
          <Input data-testid="model-title" />
        </Form.Item>
        <Form.Item name="description" label={t('showcase.description')} rules={[...required, { max: 8000 }]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} data-testid="model-description" />
        </Form.Item>
        <Form.Item name="place" label={t('showcase.place')} rules={[...required, { max: 500 }]}>
          <Input data-testid="model-place" />
        </Form.Item>
        <Form.Item name="results" label={t('showcase.results')} rules={[...required, { max: 8000 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} data-testid="model-results" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
