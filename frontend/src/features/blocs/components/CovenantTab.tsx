import { useState } from 'react';
import { App, Button, Card, Empty, Flex, Popconfirm, Progress, Select, Space, Tag, Typography } from 'antd';
import {
  EditOutlined,
  FilePdfOutlined,
  FileWordOutlined,
  FundProjectionScreenOutlined,
  LockOutlined,
  SignatureOutlined,
  UnlockOutlined,
} from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { BlocView } from '../../../api/types';
import { describeError } from '../../../api/errors';
import { DownloadButton } from '../../../components/DownloadButton';
import { ErrorState } from '../../../components/ErrorState';
import { useCovenant, useCovenantStep, useCovenants } from '../hooks';
import { COVENANT_STATUS_COLORS } from '../labels';
import { formatDate, formatDateTime } from '../../../lib/format';
import { ClauseList } from './ClauseList';
import { CovenantEditorModal } from './CovenantEditorModal';

/** The covenant of a year: its text and status, signing progress, and the steps of its life. */
export function CovenantTab({ bloc }: { bloc: BlocView }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const blocId = bloc.id;
  const thisYear = dayjs().year();
  const [searchParams] = useSearchParams();
  const [year, setYear] = useState(Number(searchParams.get('year')) || thisYear);
  const covenant = useCovenant(blocId, year);
  const recorded = useCovenants(blocId);
  const years = [
    ...new Set([thisYear + 1, thisYear, thisYear - 1, year, ...(recorded.data ?? []).map((k) => k.year)]),
  ].sort((a, b) => b - a);
  const step = useCovenantStep(blocId, year);
  const [editing, setEditing] = useState(false);
  const c = covenant.data;
  const manageable = c ? !!c.manageable : !!bloc.manageable;

  const run = (which: 'open' | 'close') =>
    step.mutate(which, {
      onSuccess: () =>
        message.success(t(which === 'open' ? 'blocs.covenant.opened' : 'blocs.covenant.closed', { year })),
      onError: (e) => message.error(t('blocs.messages.failed', { detail: describeError(e, t) })),
    });

  return (
    <Flex vertical gap={12} data-testid="covenant-tab">
      <Flex gap={8} wrap justify="space-between" align="center">
        <Select
          aria-label={t('blocs.covenant.year')}
          value={year}
          onChange={setYear}
          style={{ width: 120 }}
          options={years.map((y) => ({ value: y, label: String(y) }))}
          data-testid="covenant-year"
        />
        <Space wrap>
          {manageable && (!c || c.status === 'DRAFT' || c.status === 'OPEN' || c.status === 'IN_FORCE') && (
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="covenant-edit">
              {c ? t('blocs.covenant.edit') : t('blocs.covenant.create')}
            </Button>
          )}
          {manageable && c?.status === 'DRAFT' && (
            <Popconfirm
              title={t('blocs.covenant.openConfirm', { year })}
              onConfirm={() => run('open')}
              okText={t('common.yes')}
              cancelText={t('common.no')}
            >
              <Button type="primary" icon={<UnlockOutlined />} loading={step.isPending} data-testid="covenant-open">
                {t('blocs.covenant.open')}
              </Button>
            </Popconfirm>
          )}
          {manageable && (c?.status === 'OPEN' || c?.status === 'IN_FORCE') && (
            <Popconfirm
              title={t('blocs.covenant.closeConfirm', { year })}
              onConfirm={() => run('close')}
              okText={t('common.yes')}
              cancelText={t('common.no')}
            >
              <Button icon={<LockOutlined />} loading={step.isPending}>
                {t('blocs.covenant.close')}
              </Button>
            </Popconfirm>
          )}
          {c && (
            <>
              <DownloadButton
                path={`/api/v1/blocs/${blocId}/covenants/${year}/document.docx`}
                filename={`giao-uoc-thi-dua-${year}.docx`}
                icon={<FileWordOutlined />}
                data-testid="covenant-docx"
              >
                {t('common.downloadWord')}
              </DownloadButton>
              <DownloadButton
                path={`/api/v1/blocs/${blocId}/covenants/${year}/document.pdf`}
                filename={`giao-uoc-thi-dua-${year}.pdf`}
                icon={<FilePdfOutlined />}
                data-testid="covenant-pdf"
              >
                {t('common.downloadPdf')}
              </DownloadButton>
            </>
          )}
          {c && c.status !== 'DRAFT' && (
            <Link to={`/blocs/${blocId}/covenants/${year}/board`} data-testid="covenant-board-link">
              <Button icon={<FundProjectionScreenOutlined />}>{t('blocs.covenant.board')}</Button>
            </Link>
          )}
          {c?.signable && (
            <Link to={`/blocs/${blocId}/covenants/${year}/sign`} data-testid="covenant-sign-link">
              <Button type="primary" icon={<SignatureOutlined />}>
                {t('blocs.covenant.sign')}
              </Button>
            </Link>
          )}
        </Space>
      </Flex>
      {covenant.isError ? (
        <ErrorState
          compact
          title={t('blocs.loadError')}
          error={covenant.error}
          onRetry={() => void covenant.refetch()}
        />
      ) : c === null ? (
        <Empty description={t('blocs.covenant.none', { year })} />
      ) : c ? (
        <Card data-testid="covenant-card">
          <Flex vertical gap={12}>
            <Flex gap={8} wrap align="center">
              <Tag color={COVENANT_STATUS_COLORS[c.status]} data-testid="covenant-status">
                {t(`blocs.covenantStatus.${c.status}`)}
              </Tag>
              <Tag>{t('blocs.covenant.revision', { n: c.revision })}</Tag>
              {c.mySignature && (
                <Tag color="green">
                  {t('blocs.covenant.signedByYou', { time: formatDateTime(c.mySignature.signedAt) })}
                </Tag>
              )}
            </Flex>
            <div>
              <Typography.Title level={4} style={{ margin: 0 }}>
                {c.title}
              </Typography.Title>
              {c.theme && <Typography.Text italic>“{c.theme}”</Typography.Text>}
            </div>
            {c.signedOn && (
              <Typography.Text data-testid="covenant-signed-on">
                {c.signingConference
                  ? t('blocs.covenant.signedAtConference', {
                      date: formatDate(c.signedOn),
                      place: c.signingConference.place ?? '—',
                      chair: [c.signingConference.chairRank, c.signingConference.chairName].filter(Boolean).join(' '),
                    })
                  : t('blocs.covenant.signedOn', { date: formatDate(c.signedOn) })}
              </Typography.Text>
            )}
            {c.status !== 'DRAFT' && !c.signingConference && manageable && (
              <Typography.Text type="secondary">{t('blocs.covenant.conferenceHint')}</Typography.Text>
            )}
            {c.status !== 'DRAFT' && (
              <div>
                <Typography.Text>
                  {t('blocs.covenant.progress', { signed: c.signedCount, total: c.memberCount })}
                </Typography.Text>
                <Progress
                  percent={c.memberCount ? Math.round(((c.signedCount ?? 0) * 100) / c.memberCount) : 0}
                  aria-label={t('blocs.covenant.progress', { signed: c.signedCount, total: c.memberCount })}
                />
              </div>
            )}
            <ClauseList covenant={c} />
            {c.textSha256 && (
              <Typography.Text type="secondary" style={{ fontSize: 12, wordBreak: 'break-all' }}>
                {t('blocs.covenant.hash')}: <Typography.Text code>{c.textSha256}</Typography.Text>
              </Typography.Text>
            )}
          </Flex>
        </Card>
      ) : null}
      {editing && (
        <CovenantEditorModal blocId={blocId} year={year} covenant={c ?? null} onClose={() => setEditing(false)} />
      )}
    </Flex>
  );
}
