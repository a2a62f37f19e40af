import { useState } from 'react';
import { Alert, App, Button, Flex, Input, Modal, Typography } from 'antd';
import { ReloadOutlined, StopOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import type { ParkedEvent } from '../api/types';
import { describeError } from '../api/errors';
import { formatDateTime } from '../lib/format';

export interface ParkedEventAlertProps {
  /** The service that parked the event and holds it (bloc, campaign, award). */
  service: string;
  parkedId: string;
  /** What was not taken, in the user's words ("Khối chưa ghi nhận kết quả bầu"). */
  title: string;
  reason: string;
  attempts?: number;
  parkedAt?: string;
  /** The user may have it applied again or set it aside. */
  resolvable: boolean;
  children?: React.ReactNode;
}

const retry = (service: string, id: string) => {
  const path = { params: { path: { id } } };
  switch (service) {
    case 'campaign':
      return unwrap<ParkedEvent>(api.POST('/api/v1/parked-events/campaign/{id}/retry', path));
    case 'award':
      return unwrap<ParkedEvent>(api.POST('/api/v1/parked-events/award/{id}/retry', path));
    default:
      return unwrap<ParkedEvent>(api.POST('/api/v1/parked-events/bloc/{id}/retry', path));
  }
};

const setAside = (service: string, id: string, note: string) => {
  const request = { params: { path: { id } }, body: { note } };
  switch (service) {
    case 'campaign':
      return unwrap<ParkedEvent>(api.POST('/api/v1/parked-events/campaign/{id}/set-aside', request));
    case 'award':
      return unwrap<ParkedEvent>(api.POST('/api/v1/parked-events/award/{id}/set-aside', request));
    default:
      return unwrap<ParkedEvent>(api.POST('/api/v1/parked-events/bloc/{id}/set-aside', request));
  }
};

/**
 * Something the user recorded that another part of the system could not take, with the reason: after fixing its
 * cause they have it applied again, or set it aside with a note.
 */
export function ParkedEventAlert({
  service,
  parkedId,
  title,
  reason,
  attempts,
  parkedAt,
  resolvable,
  children,
}: ParkedEventAlertProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [asking, setAsking] = useState(false);
  const [note, setNote] = useState('');
  // resolved at the service that held it; the page around it learns so through Kafka, a moment later
  const [resolved, setResolved] = useState<'applied' | 'setAside'>();
  const refresh = () => void client.invalidateQueries();
  const apply = useMutation({
    mutationFn: () => retry(service, parkedId),
    onSuccess: () => {
      setResolved('applied');
      refresh();
    },
  });
  const drop = useMutation({
    mutationFn: () => setAside(service, parkedId, note),
    onSuccess: () => {
      setResolved('setAside');
      refresh();
    },
  });
  if (resolved) {
    return (
      <Alert
        type="success"
        showIcon
        data-testid="parked-resolved"
        title={t(resolved === 'applied' ? 'parked.resolvedApplied' : 'parked.resolvedSetAside')}
      />
    );
  }
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="parked-event"
      title={title}
      description={
        <Flex vertical gap={8}>
          <Typography.Text data-testid="parked-reason">{reason}</Typography.Text>
          {children}
          <Typography.Text type="secondary">
            {t('parked.since', { at: formatDateTime(parkedAt), attempts: attempts ?? 1 })}
          </Typography.Text>
          {resolvable ? (
            <Flex gap={8} wrap>
              <Button
                type="primary"
                icon={<ReloadOutlined />}
                loading={apply.isPending}
                onClick={() =>
                  apply.mutate(undefined, {
                    onSuccess: () => message.success(t('parked.applied')),
                    onError: (e) => message.error(describeError(e, t)),
                  })
                }
                data-testid="parked-retry"
              >
                {t('parked.retry')}
              </Button>
              <Button icon={<StopOutlined />} onClick={() => setAsking(true)} data-testid="parked-set-aside">
                {t('parked.setAside')}
              </Button>
            </Flex>
          ) : (
            <Typography.Text type="secondary">{t('parked.askOrganizer')}</Typography.Text>
          )}
          <Modal
            open={asking}
            title={t('parked.setAsideTitle')}
            okText={t('parked.setAside')}
            okButtonProps={{ disabled: !note.trim(), loading: drop.isPending, id: 'parked-set-aside-ok' }}
            onCancel={() => setAsking(false)}
            onOk={() =>
              drop.mutate(undefined, {
                onSuccess: () => setAsking(false),
                onError: (e) => message.error(describeError(e, t)),
              })
            }
          >
            <Input.TextArea
              rows={3}
              maxLength={2000}
              value={note}
              onChange={(e) => setNote(e.target.value)}
              placeholder={t('parked.notePlaceholder')}
              aria-label={t('parked.note')}
              data-testid="parked-note"
            />
          </Modal>
        </Flex>
      }
    />
  );
}
