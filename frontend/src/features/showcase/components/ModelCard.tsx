import { useState } from 'react';
import { Alert, App, Button, Card, DatePicker, Flex, Form, Image, Input, Modal, Tag, Typography, Upload } from 'antd';
import { CameraOutlined, ShareAltOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ExemplaryModel } from '../../../api/types';
import { uploadFile } from '../../../api/client';
import { describeError } from '../../../api/errors';
import { formatDate } from '../../../lib/format';
import { modelKeys, useAdoptModel, usePhotoUrl } from '../hooks';

function Photo({ modelId, photoId, name }: { modelId: string; photoId: string; name?: string }) {
  const url = usePhotoUrl(modelId, photoId);
  return url.data ? (
    <Image src={url.data} alt={name} width={96} height={72} style={{ objectFit: 'cover', borderRadius: 4 }} />
  ) : null;
}

/** One model in the showcase: what, where, results, photos, and how far it spread. */
export function ModelCard({ model, showCampaign }: { model: ExemplaryModel; showCampaign?: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [adopting, setAdopting] = useState(false);
  const [uploading, setUploading] = useState(false);

  const upload = async (file: File) => {
    setUploading(true);
    try {
      await uploadFile(`/api/v1/models/${model.id}/photos`, file);
      await queryClient.invalidateQueries({ queryKey: modelKeys.all });
    } catch (e) {
      message.error(describeError(e, t));
    } finally {
      setUploading(false);
    }
  };

  return (
    <Card
      size="small"
      data-testid="model-card"
      title={<Typography.Text strong>{model.title}</Typography.Text>}
      extra={
        <Tag color={(model.adoptionCount ?? 0) > 0 ? 'green' : 'default'} data-testid="model-adoptions">
          {t('showcase.adoptedBy', { count: model.adoptionCount ?? 0 })}
        </Tag>
      }
    >
      <Flex vertical gap={6}>
        <Typography.Text type="secondary">
          {model.unitName} · {model.place}
        </Typography.Text>
        {showCampaign && (
          <Link to={`/campaigns/${model.campaignId}/models`} style={{ fontSize: 13 }}>
            {model.campaignTitle}
          </Link>
        )}
        <Typography.Paragraph
          style={{ margin: 0 }}
          ellipsis={{ rows: 4, expandable: true, symbol: t('showcase.more') }}
        >
          {model.description}
        </Typography.Paragraph>
        <Typography.Paragraph style={{ margin: 0 }}>
          <Typography.Text strong>{t('showcase.results')}: </Typography.Text>
          {model.results}
        </Typography.Paragraph>
        {(model.photos ?? []).length > 0 && (
          <Image.PreviewGroup>
            <Flex gap={6} wrap>
              {(model.photos ?? []).map((p) => (
                <Photo key={p.id} modelId={model.id} photoId={p.id} name={p.filename} />
              ))}
            </Flex>
          </Image.PreviewGroup>
        )}
        {(model.adoptions ?? []).length > 0 && (
          <Flex vertical gap={2}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('showcase.spreadTo')}
            </Typography.Text>
            {(model.adoptions ?? []).map((a) => (
              <Typography.Text key={a.unitId} style={{ fontSize: 13 }} data-testid="model-adoption">
                • {a.unitName} ({formatDate(a.adoptedOn)}){a.note ? `: ${a.note}` : ''}
              </Typography.Text>
            ))}
          </Flex>
        )}
        <Flex gap={8} wrap>
          {model.canAdopt && (
            <Button
              size="small"
              icon={<ShareAltOutlined />}
              onClick={() => setAdopting(true)}
              data-testid="model-adopt"
            >
              {t('showcase.adopt')}
            </Button>
          )}
          {model.ownUnit && (
            <Upload
              accept=".jpg,.jpeg,.png"
              showUploadList={false}
              beforeUpload={(file) => {
                void upload(file);
                return false;
              }}
            >
              <Button size="small" icon={<CameraOutlined />} loading={uploading} data-testid="model-add-photo">
                {t('showcase.addPhoto')}
              </Button>
            </Upload>
          )}
        </Flex>
      </Flex>
      {adopting && <AdoptModal model={model} onClose={() => setAdopting(false)} />}
    </Card>
  );
}

function AdoptModal({ model, onClose }: { model: ExemplaryModel; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ adoptedOn: Dayjs; note?: string }>();
  const adopt = useAdoptModel();
  const [error, setError] = useState<string | null>(null);
  const submit = async (v: { adoptedOn: Dayjs; note?: string }) => {
    setError(null);
    try {
      await adopt.mutateAsync({
        modelId: model.id,
        body: { adoptedOn: v.adoptedOn.format('YYYY-MM-DD'), note: v.note?.trim() || undefined },
      });
      onClose();
    } catch (e) {
      setError(describeError(e, t));
    }
  };
  return (
    <Modal
      open
      title={t('showcase.adoptTitle', { title: model.title })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('showcase.adopt')}
      cancelText={t('common.cancel')}
      confirmLoading={adopt.isPending}
      okButtonProps={{ 'data-testid': 'model-adopt-submit' }}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" initialValues={{ adoptedOn: dayjs() }} onFinish={(v) => void submit(v)}>
        <Form.Item name="adoptedOn" label={t('showcase.adoptedOn')} rules={[{ required: true }]}>
          <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs())} />
        </Form.Item>
        <Form.Item name="note" label={t('showcase.adoptNote')} rules={[{ max: 2000 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
