import { useState } from 'react';
import { Alert, App, Button, Card, Empty, Flex, Input, List, Modal, Tag, Typography } from 'antd';
import { useAuth } from 'react-oidc-context';
import { useTranslation } from 'react-i18next';
import type { NoticeEntry } from '../../api/types';
import { describeError } from '../../api/errors';
import { currentPath } from '../../auth/oidc';
import { ErrorState } from '../../components/ErrorState';
import { FullPageSpinner } from '../../components/FullPageSpinner';
import { formatDate } from '../../lib/format';
import { fileObjection } from '../awards/api';
import { useAwardAction, usePublishedNotices } from '../awards/hooks';
import { recipientKey } from '../awards/labels';
import { present } from '../../lib/present';

type Section = 'open' | 'ended' | 'upcoming';

/** Open windows first, then the ended ones still awaiting a decision (objections still heard), then those to come. */
export function noticeSections<N extends { open?: boolean; ended?: boolean }>(notices: readonly N[]) {
  const of = (n: N): Section => (n.open ? 'open' : n.ended ? 'ended' : 'upcoming');
  return (['open', 'ended', 'upcoming'] as const)
    .map((key) => ({ key, notices: notices.filter((n) => of(n) === key) }))
    .filter((s) => s.notices.length > 0);
}

/** Công khai: the lists awaiting a decision, readable by anyone; a signed-in reader may object to a line. */
export function PublicNoticesPage() {
  const { t } = useTranslation();
  const notices = usePublishedNotices();
  const [objecting, setObjecting] = useState<NoticeEntry | null>(null);
  if (notices.isPending) return <FullPageSpinner />;
  if (notices.isError)
    return <ErrorState title={t('awards.loadError')} error={notices.error} onRetry={() => void notices.refetch()} />;
  return (
    <Flex vertical gap={16} data-testid="public-notices">
      <div>
        <Typography.Title level={3} style={{ marginBottom: 4 }}>
          {t('public.noticesTitle')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('public.noticesHelp')}</Typography.Text>
      </div>
      {notices.data.length === 0 && <Empty description={t('public.noNotices')} />}
      {noticeSections(notices.data).map((section) => (
        <Flex vertical gap={12} key={section.key} data-testid={`public-notices-${section.key}`}>
          <div>
            <Typography.Title level={4} style={{ marginBottom: 4 }}>
              {t(`public.section.${section.key}`)}
            </Typography.Title>
            <Typography.Text type="secondary">{t(`public.sectionHelp.${section.key}`)}</Typography.Text>
          </div>
          {section.notices.map((n) => (
            <Card key={n.id} size="small" title={n.title} data-testid="public-notice">
              <Typography.Paragraph type="secondary">
                {t('public.window', {
                  unit: n.organizingUnitName,
                  from: formatDate(n.opensOn),
                  to: formatDate(n.closesOn),
                  days: n.workingDays,
                })}
              </Typography.Paragraph>
              <List
                dataSource={n.entries ?? []}
                renderItem={(e) => (
                  <List.Item
                    data-testid="public-entry"
                    actions={[
                      <Button
                        key="object"
                        size="small"
                        onClick={() => setObjecting(e)}
                        disabled={e.onHold}
                        data-testid="public-object"
                      >
                        {t('public.object')}
                      </Button>,
                    ]}
                  >
                    <List.Item.Meta
                      title={
                        <Flex gap={6} wrap align="center">
                          <span>{e.nomineeName}</span>
                          {e.onHold && <Tag color="red">{t('public.onHold')}</Tag>}
                        </Flex>
                      }
                      description={
                        <>
                          <div>
                            {t(recipientKey(e.nomineeKind))}
                            {e.nomineePosition ? ` · ${e.nomineePosition}` : ''}
                            {e.nomineeKind !== 'COLLECTIVE' && e.unitName ? ` · ${e.unitName}` : ''}
                          </div>
                          <div>
                            <strong>{e.awardTypeName}</strong>
                          </div>
                          <Typography.Paragraph ellipsis={{ rows: 2, expandable: true }} style={{ marginBottom: 0 }}>
                            {e.achievement}
                          </Typography.Paragraph>
                        </>
                      }
                    />
                  </List.Item>
                )}
              />
            </Card>
          ))}
        </Flex>
      ))}
      <ObjectionModal entry={objecting} onClose={() => setObjecting(null)} />
    </Flex>
  );
}

function ObjectionModal({ entry, onClose }: { entry: NoticeEntry | null; onClose: () => void }) {
  const { t } = useTranslation();
  const auth = useAuth();
  const { message } = App.useApp();
  const [reason, setReason] = useState('');
  const file = useAwardAction(() => fileObjection(present(entry, 'notice entry').nominationId, reason));
  if (entry && !auth.isAuthenticated) {
    return (
      <Modal open title={t('public.objectTitle', { name: entry.nomineeName })} onCancel={onClose} footer={null}>
        <Alert type="info" showIcon message={t('public.signInToObject')} style={{ marginBottom: 12 }} />
        <Button
          type="primary"
          onClick={() => void auth.signinRedirect({ state: { returnTo: currentPath() } })}
          data-testid="public-sign-in"
        >
          {t('auth.login')}
        </Button>
      </Modal>
    );
  }
  return (
    <Modal
      open={!!entry}
      title={entry ? t('public.objectTitle', { name: entry.nomineeName }) : ''}
      okText={t('public.send')}
      okButtonProps={{
        disabled: reason.trim().length < 10,
        loading: file.isPending,
        'data-testid': 'public-object-send',
      }}
      onCancel={onClose}
      onOk={() =>
        file.mutate(undefined, {
          onSuccess: () => {
            message.success(t('public.objectionSent'));
            setReason('');
            onClose();
          },
          onError: (e) => message.error(describeError(e, t)),
        })
      }
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('public.objectHelp')}</Typography.Paragraph>
      <Input.TextArea
        rows={4}
        maxLength={4000}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        data-testid="public-object-reason"
      />
    </Modal>
  );
}
