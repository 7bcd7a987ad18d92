import { v5 } from 'uuid';
import { NOTIFICATION_NAMESPACE, notificationIdFor, uuidV5 } from './ids';

describe('notification ids', () => {
  it('are RFC 9562 UUID v5, the same as the uuid package computes', () => {
    expect(uuidV5('hello', v5.DNS)).toBe(v5('hello', v5.DNS));
    expect(uuidV5('事件:主体', NOTIFICATION_NAMESPACE)).toBe(v5('事件:主体', NOTIFICATION_NAMESPACE));
  });

  it('depend only on the event and the principal', () => {
    const a = notificationIdFor('1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d', '0e9f7c1a-2b3d-4e5f-8a9b-0c1d2e3f4a5b');
    expect(notificationIdFor('1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d', '0e9f7c1a-2b3d-4e5f-8a9b-0c1d2e3f4a5b')).toBe(a);
    expect(notificationIdFor('1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d', '9e9f7c1a-2b3d-4e5f-8a9b-0c1d2e3f4a5b')).not.toBe(a);
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
