import { useSession } from '../../../auth/session';
import { HonoursRegistry } from './HonoursRegistry';

/** The registry inside the app: with cash for everyone signed in, Excel for the secretariat. */
export function HonoursTab() {
  const { permissions } = useSession();
  return <HonoursRegistry open={false} canExport={permissions.manageUnits} />;
}
