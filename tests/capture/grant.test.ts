import { describe, expect, it, vi } from 'vitest';
import { untilGranted } from '@/lib/capture/grant';

const refused = new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.');

describe('untilGranted', () => {
  it("injects again while the click's activeTab grant has not reached the page", async () => {
    const inject = vi.fn<() => Promise<string>>().mockRejectedValueOnce(refused).mockRejectedValueOnce(refused).mockResolvedValue('extract');
    expect(await untilGranted(inject, [1, 1, 1])).toBe('extract');
    expect(inject).toHaveBeenCalledTimes(3);
  });

  it('gives the refusal once the tries are used up (the PDF viewer stays refused)', async () => {
    const inject = vi.fn(async () => Promise.reject(refused));
    await expect(untilGranted(inject, [1, 1])).rejects.toBe(refused);
    expect(inject).toHaveBeenCalledTimes(3);
  });

  it('does not retry other failures', async () => {
    const failure = new Error('The page script threw');
    const inject = vi.fn(async () => Promise.reject(failure));
    await expect(untilGranted(inject, [1, 1])).rejects.toBe(failure);
    expect(inject).toHaveBeenCalledTimes(1);
  });
});
