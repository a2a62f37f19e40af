import { useState } from 'react';
import { App, Button, Card, Flex, List, Select, Tag, Typography } from 'antd';
import { CheckOutlined, DeleteOutlined, PaperClipOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { DossierKind, NominationView } from '../../../api/types';
import { describeError } from '../../../api/errors';
import { AttachButton } from '../../../components/AttachButton';
import { DownloadButton } from '../../../components/DownloadButton';
import { fileSize } from '../../../lib/format';
import { attachDocument, detachDocument } from '../api';
import { useAwardAction } from '../hooks';
import { DOSSIER_KINDS, dossierKey, missingDocuments } from '../labels';

/** The dossier: what the award's rule requires, what is attached, and (while a draft) adding and removing files. */
export function DossierPanel({ nomination }: { nomination: NominationView }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const editable = !!nomination.actions?.edit;
  const required = nomination.requiredDocuments ?? [];
  const documents = nomination.documents ?? [];
  const missing = missingDocuments(nomination);
  const [kind, setKind] = useState<DossierKind>(missing[0] ?? 'SUBMISSION_MEMO');
  const attach = useAwardAction((file: File) => attachDocument(nomination.id, kind, file));
  const detach = useAwardAction((documentId: string) => detachDocument(nomination.id, documentId));

  return (
    <Card size="small" title={t('awards.dossier.title')} data-testid="dossier">
      <Flex gap={6} wrap style={{ marginBottom: 12 }}>
        {required.map((k) => {
          const present = documents.some((d) => d.kind === k);
          return (
            <Tag
              key={k}
              color={present ? 'success' : 'warning'}
              icon={present ? <CheckOutlined /> : undefined}
              data-testid={`required-${k}`}
            >
              {t(dossierKey(k))}
            </Tag>
          );
        })}
      </Flex>
      <List
        size="small"
        locale={{ emptyText: t('awards.dossier.empty') }}
        dataSource={documents}
        renderItem={(d) => (
          <List.Item
            actions={[
              <DownloadButton
                key="download"
                path={`/api/v1/nominations/${nomination.id}/documents/${d.id}`}
                filename={d.filename ?? 'tai-lieu'}
              >
                {t('awards.dossier.download')}
              </DownloadButton>,
              ...(editable
                ? [
                    <Button
                      key="remove"
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t('awards.dossier.remove')}
                      onClick={() => detach.mutate(d.id, { onError: (e) => message.error(describeError(e, t)) })}
                    />,
                  ]
                : []),
            ]}
          >
            <List.Item.Meta
              avatar={<PaperClipOutlined />}
              title={<span style={{ wordBreak: 'break-word' }}>{d.filename}</span>}
              description={`${t(dossierKey(d.kind))} · ${fileSize(d.size)}`}
            />
          </List.Item>
        )}
      />
      {editable && (
        <Flex gap={8} wrap style={{ marginTop: 12 }}>
          <Select
            value={kind}
            onChange={setKind}
            style={{ minWidth: 220, flex: '1 1 220px' }}
            options={DOSSIER_KINDS.map((k) => ({ value: k, label: t(dossierKey(k)) }))}
            aria-label={t('awards.dossier.kind')}
            data-testid="dossier-kind"
          />
          <AttachButton
            label={t('awards.dossier.upload')}
            busy={attach.isPending}
            onFile={(file) =>
              attach.mutate(file, {
                onSuccess: () => message.success(t('awards.dossier.attached', { name: file.name })),
                onError: (e) => message.error(describeError(e, t)),
              })
            }
            data-testid="dossier-upload"
          />
        </Flex>
      )}
      {editable && missing.length > 0 && (
        <Typography.Paragraph type="warning" style={{ marginTop: 8, marginBottom: 0 }}>
          {t('awards.dossier.missing', { list: missing.map((k) => t(dossierKey(k))).join(', ') })}
        </Typography.Paragraph>
      )}
    </Card>
  );
}
