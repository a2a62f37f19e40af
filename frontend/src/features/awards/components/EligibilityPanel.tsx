import { Button, Card, Flex, List, Tag, Typography } from 'antd';
import { CheckCircleFilled, CloseCircleFilled, ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { NominationView } from '../../../api/types';
import { formatDate } from '../../../lib/format';

interface Props {
  nomination: NominationView;
  onRecheck?: () => void;
  checking?: boolean;
}

/** Every rule the nomination was judged against: passed or not, why, and where the law says so. */
export function EligibilityPanel({ nomination, onRecheck, checking }: Props) {
  const { t } = useTranslation();
  const e = nomination.eligibility;
  return (
    <Card
      size="small"
      title={t('awards.eligibility.title')}
      data-testid="eligibility"
      extra={
        <Flex gap={8} align="center">
          {e && (
            <Tag color={e.eligible ? 'success' : 'error'} data-testid="eligibility-verdict">
              {e.eligible ? t('awards.eligibility.eligible') : t('awards.eligibility.notEligible')}
            </Tag>
          )}
          {onRecheck && (
            <Button
              size="small"
              icon={<ReloadOutlined />}
              loading={checking}
              onClick={onRecheck}
              data-testid="eligibility-recheck"
            >
              {t('awards.eligibility.recheck')}
            </Button>
          )}
        </Flex>
      }
    >
      {!e ? (
        <Typography.Text type="secondary">{t('awards.eligibility.noAwardType')}</Typography.Text>
      ) : (
        <>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            {t('awards.eligibility.judged', { date: formatDate(e.judgedOn), rules: e.ruleSets })}
          </Typography.Paragraph>
          <List
            size="small"
            dataSource={e.outcomes ?? []}
            renderItem={(o) => (
              <List.Item data-testid={`outcome-${o.code}`} data-passed={o.passed}>
                <Flex gap={10} align="flex-start" style={{ width: '100%' }}>
                  {o.passed ? (
                    <CheckCircleFilled
                      style={{ color: '#389e0d', marginTop: 4 }}
                      aria-label={t('awards.eligibility.passed')}
                    />
                  ) : (
                    <CloseCircleFilled
                      style={{ color: '#cf1322', marginTop: 4 }}
                      aria-label={t('awards.eligibility.failed')}
                    />
                  )}
                  <div style={{ minWidth: 0 }}>
                    <Typography.Text strong={!o.passed}>{o.message}</Typography.Text>
                    {o.legalSource && (
                      <div>
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {t('awards.eligibility.source', { source: o.legalSource })}
                        </Typography.Text>
                      </div>
                    )}
                  </div>
                </Flex>
              </List.Item>
            )}
          />
        </>
      )}
    </Card>
  );
}
