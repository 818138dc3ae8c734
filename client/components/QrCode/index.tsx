import { View } from '@tarojs/components';
import { useMemo } from 'react';
import qrcode from 'qrcode-generator';
import './index.css';

/** The white border every QR code needs around it, in modules. */
const QUIET_ZONE = 4;

interface Run {
  /** Light modules before this dark run. */
  gap: number;
  length: number;
}

/** Each row of the code as its runs of dark modules (one View per run instead of one per module). */
function darkRuns(text: string): Run[][] {
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  const count = qr.getModuleCount();
  return Array.from({ length: count }, (_, row) => {
    const runs: Run[] = [];
    let light = 0;
    for (let col = 0; col < count; col++) {
      if (!qr.isDark(row, col)) {
        light++;
        continue;
      }
      const last = runs[runs.length - 1];
      // No light module since the last dark one: the dark run goes on.
      if (last && light === 0) last.length++;
      else runs.push({ gap: light, length: 1 });
      light = 0;
    }
    return runs;
  });
}

/**
 * A QR code drawn with plain Views, the same in the weapp and H5 builds: whole pixels per module,
 * at most `size` px wide with its quiet zone.
 */
export default function QrCode({ value, size }: { value: string; size: number }) {
  const rows = useMemo(() => darkRuns(value), [value]);
  const unit = Math.max(1, Math.floor(size / (rows.length + 2 * QUIET_ZONE)));
  const px = (modules: number) => `${modules * unit}px`;
  return (
    <View className="qr-code" style={{ padding: px(QUIET_ZONE) }}>
      {rows.map((runs, r) => (
        <View key={r} className="qr-code__row" style={{ width: px(rows.length), height: px(1) }}>
          {runs.map((run, i) => (
            <View key={i} className="qr-code__dark" style={{ marginLeft: px(run.gap), width: px(run.length) }} />
          ))}
        </View>
      ))}
    </View>
  );
}
