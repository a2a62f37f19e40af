import { Alert, Card, Descriptions, Flex, Typography } from 'antd';
import { FilePdfOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { VotingBrief } from '../../../api/types';
import { DownloadButton } from '../../../components/DownloadButton';
import { dossierPath } from '../api';

/** What a voter reads before choosing: nominee, award, achievement, eligibility and the dossier's files. */
export function BriefCard({ sessionId, brief }: { sessionId: string; brief: VotingBrief }) {
  const { t } = useTranslation();
  return (
    <Card size="small" data-testid="nomination-brief">
      <Descriptions column={1} size="small">
        <Descriptions.Item label={t('voting.brief.nominee')}>
          <Typography.Text strong>{brief.nomineeName}</Typography.Text>
          {brief.nomineePosition ? `, ${brief.nomineePosition}` : ''}
        </Descriptions.Item>
        {brief.nomineeUnitName && (
          <Descriptions.Item label={t('voting.brief.unit')}>{brief.nomineeUnitName}</Descriptions.Item>
        )}
        <Descriptions.Item label={t('voting.brief.award')}>{brief.awardTypeName}</Descriptions.Item>
        {brief.blocBallot && (
          <Descriptions.Item label={t('voting.brief.blocBallot')}>{brief.blocBallot}</Descriptions.Item>
        )}
      </Descriptions>
      {brief.achievement && (
        <Typography.Paragraph
          ellipsis={{ rows: 4, expandable: true, symbol: t('voting.brief.more') }}
          style={{ marginTop: 8 }}
        >
          {brief.achievement}
        </Typography.Paragraph>
      )}
      {brief.eligible === false && (
        <Alert
          type="warning"
          showIcon
          message={t('voting.brief.notEligible')}
          description={(brief.failures ?? []).join('; ')}
          style={{ marginBottom: 8 }}
        />
      )}
      {(brief.documents ?? []).length > 0 && (
        <Flex vertical gap={4}>
          <Typography.Text type="secondary">{t('voting.brief.dossier')}</Typography.Text>
          <Flex gap={6} wrap>
            {(brief.documents ?? []).map((d) => (
              <DownloadButton
                key={d.id}
                path={dossierPath(sessionId, brief.nominationId, d.id)}
                filename={d.filename ?? 'ho-so'}
                icon={<FilePdfOutlined />}
              >
                {t(`awards.dossier.${d.kind}`)}
              </DownloadButton>
            ))}
          </Flex>
        </Flex>
      )}
    </Card>
  );
}
