import { useState } from 'react';
import { Button, Card, Col, Empty, Flex, Grid, List, Row, Table, Tag, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { HonourView, PublicHonour } from '../../../api/types';
import { ChartBar } from '../../../components/ChartBar';
import { DownloadButton } from '../../../components/DownloadButton';
import { ErrorState } from '../../../components/ErrorState';
import { formatDate, formatMoney } from '../../../lib/format';
import { useAwardNames, useHonours, useHonourStatistics } from '../hooks';
import { ChoiceFilter, SearchFilter, YearFilter } from '../../../components/ListFilters';
import { PAGE_SIZE, useUrlFilters } from '../urlFilters';
import { RevokeHonourModal } from './RevokeHonourModal';

/**
 * Sổ vàng: every award in force or revoked, searchable by name, award, year and decision, with counts by
 * year and by award; the secretariat also sees cash and exports Excel. {@code open}: the public view.
 */
export function HonoursRegistry({ open, canExport }: { open: boolean; canExport: boolean }) {
  const { t } = useTranslation();
  const [revoking, setRevoking] = useState<HonourView | null>(null);
  const compact = !Grid.useBreakpoint().md;
  const { params, page, set, number, pagination } = useUrlFilters();
  const q = params.get('q') ?? '';
  const year = number('year');
  const awardType = params.get('awardType') ?? undefined;
  const decision = params.get('decision') ?? '';
  const filters = { q, year, awardType, decision, page, size: PAGE_SIZE };
  const honours = useHonours(filters, open);
  const stats = useHonourStatistics(year);
  const types = useAwardNames(open);
  const items = (honours.data?.items ?? []) as (HonourView & PublicHonour)[];
  const maxByYear = Math.max(1, ...(stats.data?.byYear ?? []).map((c) => c.count ?? 0));
  const maxByType = Math.max(1, ...(stats.data?.byAwardType ?? []).map((c) => c.count ?? 0));
  const query = new URLSearchParams(
    Object.entries({ q, year: year ? String(year) : '', awardType: awardType ?? '', decision }).filter(([, v]) => v),
  );

  return (
    <Flex vertical gap={16} data-testid="honours-registry">
      <Row gutter={[16, 16]}>
        <Col xs={24} md={12}>
          <Card size="small" title={t('awards.honours.byYear')} loading={stats.isPending}>
            <Flex vertical gap={4}>
              {(stats.data?.byYear ?? []).slice(-6).map((c) => (
                <ChartBar
                  key={c.key}
                  label={c.label ?? ''}
                  value={c.count ?? 0}
                  total={maxByYear}
                  color="#c41d7f"
                  showTotal={false}
                />
              ))}
              {(stats.data?.byYear ?? []).length === 0 && (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('awards.honours.empty')} />
              )}
            </Flex>
          </Card>
        </Col>
        <Col xs={24} md={12}>
          <Card
            size="small"
            title={year ? t('awards.honours.byTypeIn', { year }) : t('awards.honours.byType')}
            loading={stats.isPending}
            data-testid="honours-by-type"
          >
            <Flex vertical gap={4}>
              {(stats.data?.byAwardType ?? []).slice(0, 6).map((c) => (
                <ChartBar
                  key={c.key}
                  label={c.label ?? ''}
                  value={c.count ?? 0}
                  total={maxByType}
                  color="#d48806"
                  showTotal={false}
                />
              ))}
              <Typography.Text type="secondary">
                {(stats.data?.byLevel ?? []).map((c) => `${c.label}: ${c.count}`).join(' · ')}
              </Typography.Text>
            </Flex>
          </Card>
        </Col>
      </Row>
      <Flex gap={8} wrap>
        <SearchFilter
          value={q}
          placeholder={t('awards.honours.search')}
          onSearch={(v) => set('q', v)}
          testId="honours-search"
        />
        <YearFilter value={year} placeholder={t('awards.list.year')} onChange={(v) => set('year', v)} />
        <ChoiceFilter
          value={awardType}
          placeholder={t('awards.list.award')}
          onChange={(v) => set('awardType', v)}
          options={(types.data ?? []).map((a) => ({ value: a.code, label: a.name ?? a.code }))}
          width={260}
          searchable
        />
        <SearchFilter
          value={decision}
          placeholder={t('awards.honours.decision')}
          onSearch={(v) => set('decision', v)}
          style={{ width: 200 }}
          testId="honours-decision"
        />
      </Flex>
      <Flex gap={8} wrap>
        {canExport && (
          <DownloadButton
            path={`/api/v1/honours/export?${query}`}
            filename="so-vang-khen-thuong.xlsx"
            icon={<DownloadOutlined />}
          >
            {t('common.downloadExcel')}
          </DownloadButton>
        )}
        <DownloadButton
          path={`/api/v1/honours/open-data.csv${year ? `?year=${year}` : ''}`}
          filename={`so-vang${year ? `-${year}` : ''}.csv`}
          icon={<DownloadOutlined />}
        >
          {t('awards.honours.openCsv')}
        </DownloadButton>
        <DownloadButton
          path={`/api/v1/honours/open-data.json${year ? `?year=${year}` : ''}`}
          filename={`so-vang${year ? `-${year}` : ''}.json`}
          icon={<DownloadOutlined />}
        >
          {t('awards.honours.openJson')}
        </DownloadButton>
      </Flex>
      {honours.isError ? (
        <ErrorState title={t('awards.loadError')} error={honours.error} onRetry={() => void honours.refetch()} />
      ) : compact ? (
        <List
          loading={honours.isPending}
          dataSource={items}
          pagination={pagination(honours.data?.total)}
          renderItem={(h) => (
            <List.Item>
              <List.Item.Meta
                title={
                  <span>
                    {h.recipientName} {h.revoked && <Tag color="red">{t('awards.honours.revoked')}</Tag>}
                  </span>
                }
                description={`${h.awardTypeName} · ${h.year} · ${h.decisionNumber} (${formatDate(h.decidedOn)})`}
              />
            </List.Item>
          )}
        />
      ) : (
        <Table<HonourView & PublicHonour>
          rowKey={(h) => h.id ?? `${h.decisionNumber}|${h.awardTypeName}|${h.recipientName}|${h.year}`}
          size="middle"
          loading={honours.isPending}
          dataSource={items}
          data-testid="honours-table"
          pagination={pagination(honours.data?.total)}
          columns={[
            {
              title: t('awards.honours.recipient'),
              render: (_, h) => (
                <div>
                  {h.recipientName} {h.revoked && <Tag color="red">{t('awards.honours.revoked')}</Tag>}
                  <div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {[h.recipientPosition, h.recipientKind === 'COLLECTIVE' ? null : h.unitName]
                        .filter(Boolean)
                        .join(', ')}
                    </Typography.Text>
                  </div>
                </div>
              ),
            },
            { title: t('awards.list.award'), dataIndex: 'awardTypeName' },
            { title: t('awards.list.year'), dataIndex: 'year', width: 80 },
            {
              title: t('awards.honours.decision'),
              render: (_, h) => `${h.decisionNumber} · ${formatDate(h.decidedOn)}`,
            },
            ...(open
              ? []
              : [
                  {
                    title: t('awards.decisions.cash'),
                    align: 'right' as const,
                    render: (_: unknown, h: HonourView) => (h.source === 'RECORDED' ? '—' : formatMoney(h.cashAmount)),
                  },
                ]),
            ...(canExport
              ? [
                  {
                    title: '',
                    render: (_: unknown, h: HonourView) =>
                      !h.revoked && (
                        <Button size="small" danger onClick={() => setRevoking(h)}>
                          {t('awards.honours.revoke')}
                        </Button>
                      ),
                  },
                ]
              : []),
          ]}
        />
      )}
      <RevokeHonourModal honour={revoking} onClose={() => setRevoking(null)} />
    </Flex>
  );
}
