import { Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useSession } from '../../auth/session';
import { CatalogTab } from './components/CatalogTab';
import { DecisionsTab } from './components/DecisionsTab';
import { HonoursTab } from './components/HonoursTab';
import { NominationsTab } from './components/NominationsTab';
import { NoticesTab } from './components/NoticesTab';
import { PeopleTab } from './components/PeopleTab';
import { RegistrationsTab } from './components/RegistrationsTab';

/** Khen thưởng: nominations, title registrations, disclosure, decisions, the registry and the catalog, one tab each. */
export function AwardsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { tab = 'nominations' } = useParams();
  const { permissions } = useSession();
  const secretariat = permissions.manageUnits;
  const tabs = [
    { key: 'nominations', label: t('awards.tabs.nominations'), children: <NominationsTab /> },
    { key: 'registrations', label: t('awards.tabs.registrations'), children: <RegistrationsTab /> },
    { key: 'people', label: t('awards.tabs.people'), children: <PeopleTab /> },
    ...(secretariat
      ? [
          { key: 'notices', label: t('awards.tabs.notices'), children: <NoticesTab /> },
          { key: 'decisions', label: t('awards.tabs.decisions'), children: <DecisionsTab /> },
        ]
      : []),
    { key: 'honours', label: t('awards.tabs.honours'), children: <HonoursTab /> },
    { key: 'catalog', label: t('awards.tabs.catalog'), children: <CatalogTab /> },
  ];
  return (
    <div data-testid="awards-page">
      <Typography.Title level={3} style={{ marginBottom: 4 }}>
        {t('awards.title')}
      </Typography.Title>
      <Typography.Text type="secondary">{t('awards.subtitle')}</Typography.Text>
      <Tabs
        activeKey={tabs.some((x) => x.key === tab) ? tab : 'nominations'}
        onChange={(key) => navigate(`/awards/${key}`)}
        items={tabs}
        destroyOnHidden
        style={{ marginTop: 8 }}
      />
    </div>
  );
}
