import { Button, Flex, Layout, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet } from 'react-router';
import { BrandMark } from '../../components/BrandMark';
import { LanguageSwitch } from '../../components/LanguageSwitch';

/** Pages anyone may read without signing in: the disclosure notices and the honours registry. */
export function PublicLayout() {
  const { t } = useTranslation();
  const link = ({ isActive }: { isActive: boolean }) => ({ fontWeight: isActive ? 600 : 400, color: '#fff' });
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ background: '#8b1a1a', padding: '0 16px', height: 'auto', lineHeight: 1.4 }}>
        <Flex align="center" gap={12} wrap style={{ padding: '10px 0' }}>
          <BrandMark size={28} />
          <Typography.Text strong style={{ color: '#fff', fontSize: 16, flex: '1 1 auto' }}>
            {t('app.name')}
          </Typography.Text>
          <NavLink to="/public/notices" style={link} data-testid="public-nav-notices">
            {t('public.notices')}
          </NavLink>
          <NavLink to="/public/honours" style={link} data-testid="public-nav-honours">
            {t('public.honours')}
          </NavLink>
          <LanguageSwitch />
          <Link to="/" reloadDocument>
            <Button size="small">{t('public.enter')}</Button>
          </Link>
        </Flex>
      </Layout.Header>
      <Layout.Content style={{ padding: 16, maxWidth: 1200, width: '100%', margin: '0 auto' }}>
        <Outlet />
      </Layout.Content>
    </Layout>
  );
}
