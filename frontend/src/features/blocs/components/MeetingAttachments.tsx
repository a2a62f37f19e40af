import { useState } from 'react';
import { App, Button, Flex, Popconfirm, Typography } from 'antd';
import { DeleteOutlined, PaperClipOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../api/types';
import { api, downloadFile, unwrap, uploadFile } from '../../../api/client';
import { describeError } from '../../../api/errors';
import { AttachButton } from '../../../components/AttachButton';
import { fileSize } from '../../../lib/format';
import { blocKeys } from '../hooks';

/** A meeting's files: everyone who sees the bloc downloads them; whoever runs the bloc attaches and removes. */
export function MeetingAttachments({ blocId, meeting }: { blocId: string; meeting: Meeting }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const base = `/api/v1/blocs/${blocId}/meetings/${meeting.id}/attachments`;
  const refresh = () => queryClient.invalidateQueries({ queryKey: blocKeys.meetings(blocId) });

  const upload = async (file: File) => {
    setBusy(true);
    try {
      await uploadFile(base, file);
      message.success(t('blocs.meetings.attached', { name: file.name }));
      await refresh();
    } catch (e) {
      message.error(t('blocs.messages.failed', { detail: describeError(e, t) }));
    } finally {
      setBusy(false);
    }
  };

  const remove = async (attachmentId: string) => {
    try {
      await unwrap(
        api.DELETE('/api/v1/blocs/{blocId}/meetings/{meetingId}/attachments/{attachmentId}', {
          params: { path: { blocId, meetingId: meeting.id, attachmentId } },
        }),
      );
      await refresh();
    } catch (e) {
      message.error(t('blocs.messages.failed', { detail: describeError(e, t) }));
    }
  };

  const files = meeting.attachments ?? [];
  if (files.length === 0 && !meeting.manageable) return null;
  return (
    <Flex vertical gap={4} data-testid="meeting-attachments">
      <Typography.Text type="secondary">{t('blocs.meetings.attachments')}</Typography.Text>
      {files.map((a) => (
        <Flex key={a.id} gap={6} align="center" wrap>
          <Typography.Link
            onClick={() => void downloadFile(`${base}/${a.id}`, a.filename ?? 'tep')}
            data-testid="meeting-attachment"
          >
            <PaperClipOutlined /> {a.filename}
          </Typography.Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {fileSize(a.size)}
          </Typography.Text>
          {meeting.manageable && (
            <Popconfirm
              title={t('blocs.meetings.detachConfirm', { name: a.filename })}
              onConfirm={() => void remove(a.id)}
              okText={t('common.yes')}
              cancelText={t('common.no')}
            >
              <Button
                size="small"
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={t('blocs.meetings.detach')}
              />
            </Popconfirm>
          )}
        </Flex>
      ))}
      {meeting.manageable && (
        <AttachButton
          label={t('blocs.meetings.attach')}
          hint={t('blocs.meetings.attachHint')}
          busy={busy}
          onFile={(file) => void upload(file)}
          data-testid="meeting-attach"
        />
      )}
    </Flex>
  );
}
