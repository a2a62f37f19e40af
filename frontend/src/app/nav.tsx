import type { ReactNode } from 'react';
import {
  ApartmentOutlined,
  TeamOutlined,
  AuditOutlined,
  BulbOutlined,
  FlagOutlined,
  HomeOutlined,
  NotificationOutlined,
  RocketOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import type { ParseKeys } from 'i18next';
import type { Permissions } from '../auth/roles';

export interface NavItem {
  path: string;
  icon: ReactNode;
  labelKey: ParseKeys;
  testId: string;
  /** shown only to those holding this permission */
  only?: keyof Permissions;
}

/** Sidebar / drawer entries. */
export const NAV_ITEMS: NavItem[] = [
  { path: '/', icon: <HomeOutlined />, labelKey: 'nav.home', testId: 'nav-home' },
  { path: '/campaigns', icon: <RocketOutlined />, labelKey: 'nav.campaigns', testId: 'nav-campaigns' },
  { path: '/models', icon: <BulbOutlined />, labelKey: 'nav.models', testId: 'nav-models' },
  { path: '/blocs', icon: <FlagOutlined />, labelKey: 'nav.blocs', testId: 'nav-blocs' },
  { path: '/awards', icon: <TrophyOutlined />, labelKey: 'nav.awards', testId: 'nav-awards' },
  { path: '/voting', icon: <AuditOutlined />, labelKey: 'nav.voting', testId: 'nav-voting' },
  {
    path: '/public/notices',
    icon: <NotificationOutlined />,
    labelKey: 'nav.publicNotices',
    testId: 'nav-public-notices',
  },
  { path: '/units', icon: <ApartmentOutlined />, labelKey: 'nav.units', testId: 'nav-units' },
  {
    path: '/accounts',
    icon: <TeamOutlined />,
    labelKey: 'nav.accounts',
    testId: 'nav-accounts',
    only: 'manageAccounts',
  },
];

/** The entries a user with {@code permissions} sees. */
export function navItemsFor(permissions: Permissions): NavItem[] {
  return NAV_ITEMS.filter((i) => !i.only || permissions[i.only]);
}

/** The nav entry a location belongs to: `/` only for itself, others for their subtree. */
export function selectedNavPath(pathname: string, items: readonly NavItem[] = NAV_ITEMS): string | undefined {
  const best = items
    .filter((i) => (i.path === '/' ? pathname === '/' : pathname === i.path || pathname.startsWith(`${i.path}/`)))
    .sort((a, b) => b.path.length - a.path.length)[0];
  return best?.path;
}
