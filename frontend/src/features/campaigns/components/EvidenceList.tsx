import { Flex, Typography } from 'antd';
import { PaperClipOutlined } from '@ant-design/icons';
import type { ProgressReport } from '../../../api/types';
import { downloadFile } from '../../../api/client';
import { fileSize } from '../../../lib/format';

/** A report's evidence files, each downloaded with the user's token. */
export function EvidenceList({ campaignId, report }: { campaignId: string; report: ProgressReport }) {
  return (
    <Flex vertical gap={2}>
      {(report.evidence ?? []).map((e) => (
        <Flex key={e.id} gap={6} align="center" wrap>
          <Typography.Link
            onClick={() =>
              void downloadFile(`/api/v1/campaigns/${campaignId}/reports/evidence/${e.id}`, e.filename ?? 'minh-chung')
            }
            data-testid="report-evidence"
          >
            <PaperClipOutlined /> {e.filename}
          </Typography.Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {fileSize(e.size)}
          </Typography.Text>
        </Flex>
      ))}
    </Flex>
  );
}
