import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockApi, renderWithProviders } from '../test/utils';
import { ParkedEventAlert } from './ParkedEventAlert';
import { present } from '../lib/present';

const PARKED = 'a0000000-0000-0000-0000-00000000000a';

function alert(resolvable: boolean) {
  return renderWithProviders(
    <ParkedEventAlert
      service="bloc"
      parkedId={PARKED}
      title="Khối chưa ghi nhận được kết quả bầu Trưởng khối, Phó khối năm 2026"
      reason={'"Viện Kiểm sát nhân dân tỉnh Đắk Lắk" không phải thành viên của khối vào ngày 06/02/2026'}
      attempts={1}
      parkedAt="2026-12-04T03:00:00Z"
      resolvable={resolvable}
    />,
  );
}

describe('an act another service could not take', () => {
  it('shows the reason and has it applied again at the service that holds it', async () => {
    const calls: string[] = [];
    mockApi(async (req) => {
      calls.push(`${req.method} ${new URL(req.url).pathname}`);
      return json({ id: PARKED, resolution: 'APPLIED' });
    });
    alert(true);
    expect(screen.getByTestId('parked-reason')).toHaveTextContent('không phải thành viên của khối vào ngày 06/02/2026');
    await userEvent.click(screen.getByTestId('parked-retry'));
    await waitFor(() => expect(calls).toEqual([`POST /api/v1/parked-events/bloc/${PARKED}/retry`]));
    // the page learns of it a moment later; the alert says so at once instead of asking again
    expect(await screen.findByTestId('parked-resolved')).toHaveTextContent('Đã áp dụng lại');
    expect(screen.queryByTestId('parked-event')).toBeNull();
  });

  it('sets it aside only with a reason', async () => {
    const bodies: unknown[] = [];
    mockApi(async (req) => {
      bodies.push(await req.json());
      return json({ id: PARKED, resolution: 'SET_ASIDE' });
    });
    alert(true);
    await userEvent.click(screen.getByTestId('parked-set-aside'));
    await screen.findByTestId('parked-note');
    expect(document.getElementById('parked-set-aside-ok')).toBeDisabled();
    await userEvent.type(screen.getByTestId('parked-note'), 'Nhiệm kỳ đã ghi theo biên bản');
    await userEvent.click(present(document.getElementById('parked-set-aside-ok'), 'the OK button'));
    await waitFor(() => expect(bodies).toEqual([{ note: 'Nhiệm kỳ đã ghi theo biên bản' }]));
    expect(await screen.findByTestId('parked-resolved')).toHaveTextContent('Đã bỏ qua');
  });

  it('tells someone who cannot resolve it who will', () => {
    alert(false);
    expect(screen.queryByTestId('parked-retry')).toBeNull();
    expect(screen.getByText(/đơn vị điều hành sẽ xử lý/)).toBeInTheDocument();
  });
});
