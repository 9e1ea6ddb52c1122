import { useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { dashboardKeys } from '../api';
import { dayjs, PLATFORM_TIME_ZONE } from '../../../lib/time';

export const STAGE = { width: 1920, height: 1080 } as const;

/** Panels move on every ~15 s (configurable with ?rotate=seconds; 0 stops the rotation). */
export function useRotation(seconds: number): number {
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (seconds <= 0) return;
    const timer = window.setInterval(() => setTick((n) => n + 1), seconds * 1000);
    return () => window.clearInterval(timer);
  }, [seconds]);
  return tick;
}

function measure() {
  const scale = Math.min(window.innerWidth / STAGE.width, window.innerHeight / STAGE.height);
  return { scale, left: (window.innerWidth - STAGE.width * scale) / 2, top: (window.innerHeight - STAGE.height * scale) / 2 };
}

/** The stage scale that fits 1920×1080 into the window, letterboxed. */
export function useStageScale(): { scale: number; left: number; top: number } {
  const [fit, setFit] = useState(measure);
  useEffect(() => {
    const onResize = () => setFit(measure());
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return fit;
}

/** Beijing time, ticking every second, whatever the wall computer's zone. */
export function useShanghaiClock(): { date: string; time: string } {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  const d = dayjs(now).tz(PLATFORM_TIME_ZONE);
  return { date: d.format('YYYY-MM-DD dddd'), time: d.format('HH:mm:ss') };
}

/** Escape leaves the wall display (when not in full screen, where the browser takes Escape itself). */
export function useEscapeTo(leave: () => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !document.fullscreenElement) leave();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [leave]);
}

/** A wall display stays up for days: reload every dashboard query every five minutes. */
export function useAutoRefresh(minutes = 5): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const timer = window.setInterval(() => void queryClient.invalidateQueries({ queryKey: dashboardKeys.all }), minutes * 60_000);
    return () => window.clearInterval(timer);
  }, [queryClient, minutes]);
}
