import { useState } from 'react';
import { Avatar, Button, Drawer, Flex, Grid, Layout, Menu, Progress, Skeleton, Space, Tag, Typography } from 'antd';
import { LogoutOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigation } from 'react-router';
import { navItemsFor, selectedNavPath } from './nav';
import { useSession } from '../auth/session';
import { BrandMark } from '../components/BrandMark';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { useDisplayUser } from '../auth/displayUser';

const { Header, Sider, Content } = Layout;

function UserSummary({ vertical }: { vertical?: boolean }) {
  const { t } = useTranslation();
  const user = useDisplayUser();
  if (user.loading && !user.name) return <Skeleton.Input active size="small" />;
  const roleLabel = user.role ? t(`roles.${user.role}`) : t('roles.none');
  return (
    <Flex gap={10} align="center" style={{ minWidth: 0 }} data-testid="user-summary">
      <Avatar icon={<UserOutlined />} style={{ background: '#b3261e', flex: 'none' }} />
      <Flex vertical style={{ minWidth: 0, lineHeight: 1.3 }}>
        <Typography.Text strong ellipsis data-testid="user-name">
          {user.name}
        </Typography.Text>
        <Space size={4} wrap={vertical} style={{ minWidth: 0 }}>
          <Tag color="gold" style={{ marginInlineEnd: 0 }} data-testid="user-role">
            {roleLabel}
          </Tag>
          {user.unitName && (
            <Typography.Text
              type="secondary"
              ellipsis={!vertical}
              style={{ fontSize: 12, maxWidth: vertical ? undefined : 260 }}
              data-testid="user-unit"
            >
              {user.unitName}
            </Typography.Text>
          )}
        </Space>
      </Flex>
    </Flex>
  );
}

function NavMenu({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  const location = useLocation();
  const items = navItemsFor(useSession().permissions);
  const selected = selectedNavPath(location.pathname, items);
  return (
    <Menu
      mode="inline"
      selectedKeys={selected ? [selected] : []}
      style={{ borderInlineEnd: 'none' }}
      aria-label={t('nav.menu')}
      items={items.map((item) => ({
        key: item.path,
        icon: item.icon,
        label: (
          <Link to={item.path} data-testid={item.testId} onClick={onNavigate}>
            {t(item.labelKey)}
          </Link>
        ),
      }))}
    />
  );
}

function Brand({ compact }: { compact?: boolean }) {
  const { t } = useTranslation();
  return (
    <Link to="/" className="brand">
      <BrandMark size={compact ? 28 : 32} />
      <span className="brand-text">{t('app.name')}</span>
    </Link>
  );
}

function LogoutButton({ block }: { block?: boolean }) {
  const { t } = useTranslation();
  const { logout } = useDisplayUser();
  return (
    <Button icon={<LogoutOutlined />} onClick={() => void logout()} block={block} data-testid="logout-button">
      {t('auth.logout')}
    </Button>
  );
}

function NavigationProgress() {
  const { t } = useTranslation();
  const navigation = useNavigation();
  if (navigation.state === 'idle') return null;
  return (
    <Progress
      className="nav-progress"
      percent={100}
      status="active"
      showInfo={false}
      size="small"
      aria-label={t('app.loading')}
    />
  );
}

export function AppShell() {
  const screens = Grid.useBreakpoint();
  const desktop = !!screens.lg;
  const { t } = useTranslation();
  const [drawerOpen, setDrawerOpen] = useState(false);

  if (desktop) {
    return (
      <Layout className="shell" data-testid="app-shell">
        <Sider width={240} theme="light" className="shell-sider">
          <div className="shell-brand">
            <Brand />
          </div>
          <NavMenu />
        </Sider>
        <Layout>
          <Header className="shell-header">
            <NavigationProgress />
            <div style={{ flex: 1 }} />
            <Flex align="center" gap={16} style={{ minWidth: 0 }}>
              <UserSummary />
              <LanguageSwitch />
              <LogoutButton />
            </Flex>
          </Header>
          <Content className="shell-content">
            <Outlet />
          </Content>
        </Layout>
      </Layout>
    );
  }

  return (
    <Layout className="shell shell--compact" data-testid="app-shell">
      <Header className="shell-header shell-header--compact">
        <NavigationProgress />
        <Button
          type="text"
          icon={<MenuOutlined />}
          aria-label={t('nav.openMenu')}
          onClick={() => setDrawerOpen(true)}
          data-testid="menu-button"
        />
        <Brand compact />
      </Header>
      <Drawer
        placement="left"
        open={drawerOpen}
        onClose={() => setDrawerOpen(false)}
        size={300}
        title={t('nav.menu')}
        styles={{ body: { padding: 0 } }}
        data-testid="nav-drawer"
      >
        <Flex vertical gap={16} style={{ padding: 16 }}>
          <UserSummary vertical />
        </Flex>
        <NavMenu onNavigate={() => setDrawerOpen(false)} />
        <Flex vertical gap={12} style={{ padding: 16 }}>
          <Flex align="center" justify="space-between">
            <Typography.Text type="secondary">{t('header.language')}</Typography.Text>
            <LanguageSwitch size="middle" />
          </Flex>
          <LogoutButton block />
        </Flex>
      </Drawer>
      <Content className="shell-content shell-content--compact">
        <Outlet />
      </Content>
    </Layout>
  );
}
