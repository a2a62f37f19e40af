import { Col, Empty, Flex, Input, Pagination, Row, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorState } from '../../components/ErrorState';
import { ModelCard } from './components/ModelCard';
import { useModels } from './hooks';

const PAGE_SIZE = 12;

/** Mô hình, điển hình tiên tiến: every unit's models, the most adopted first, to learn from and spread. */
export function ShowcasePage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const page = Math.max(0, Number(params.get('page') ?? 0) || 0);
  const models = useModels({ q, page, size: PAGE_SIZE });
  const items = models.data?.items ?? [];
  return (
    <Flex vertical gap={16} data-testid="showcase-page">
      <div>
        <Typography.Title level={3} style={{ marginBottom: 4 }}>
          {t('showcase.pageTitle')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('showcase.pageSubtitle')}</Typography.Text>
      </div>
      <Input.Search
        allowClear
        defaultValue={q}
        placeholder={t('showcase.searchPlaceholder')}
        aria-label={t('showcase.searchPlaceholder')}
        onSearch={(value) => setParams(value.trim() ? { q: value.trim() } : {}, { replace: true })}
        style={{ maxWidth: 480 }}
      />
      {models.isPending ? (
        <Skeleton active />
      ) : models.isError ? (
        <ErrorState
          compact
          title={t('showcase.loadError')}
          error={models.error}
          onRetry={() => void models.refetch()}
        />
      ) : items.length === 0 ? (
        <Empty description={t('showcase.empty')} />
      ) : (
        <Row gutter={[12, 12]}>
          {items.map((m) => (
            <Col xs={24} md={12} xl={8} key={m.id}>
              <ModelCard model={m} showCampaign />
            </Col>
          ))}
        </Row>
      )}
      {(models.data?.total ?? 0) > PAGE_SIZE && (
        <Pagination
          current={page + 1}
          pageSize={PAGE_SIZE}
          total={models.data?.total ?? 0}
          onChange={(p) => setParams({ ...(q ? { q } : {}), page: String(p - 1) }, { replace: true })}
        />
      )}
    </Flex>
  );
}
