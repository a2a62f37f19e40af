import { useState } from 'react';
import { Button, Flex } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../auth/session';
import { HonoursRegistry } from './HonoursRegistry';
import { RecordHonourModal } from './RecordHonourModal';

/** The registry inside the app: with cash for everyone signed in; Excel and earlier paper decisions for the secretariat. */
export function HonoursTab() {
  const { t } = useTranslation();
  const { permissions } = useSession();
  const [recording, setRecording] = useState(false);
  return (
    <Flex vertical gap={12}>
      {permissions.manageUnits && (
        <div>
          <Button icon={<PlusOutlined />} onClick={() => setRecording(true)} data-testid="record-honour">
            {t('awards.honours.record')}
          </Button>
        </div>
      )}
      <HonoursRegistry open={false} canExport={permissions.manageUnits} />
      <RecordHonourModal open={recording} onClose={() => setRecording(false)} />
    </Flex>
  );
}
