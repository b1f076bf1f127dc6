// The devices of the viewport toolbar. Plain data: the preview, the stories and the Vitest
// configuration (which sizes the test browser from it) all read this one list.

/** A device of the viewport toolbar: its name there and its screen in CSS pixels. */
export interface Device {
  name: string;
  width: number;
  height: number;
  type: 'mobile' | 'tablet' | 'desktop';
}

export const DEVICES = {
  phone320: { name: 'Phone 320', width: 320, height: 568, type: 'mobile' },
  phone375: { name: 'Phone 375', width: 375, height: 812, type: 'mobile' },
  tablet768: { name: 'Tablet 768', width: 768, height: 1024, type: 'tablet' },
  desktop1280: { name: 'Desktop 1280', width: 1280, height: 800, type: 'desktop' },
} as const satisfies Record<string, Device>;

/** Key of a device in {@link DEVICES}, the value of the `viewport` global. */
export type DeviceKey = keyof typeof DEVICES;

export const isDeviceKey = (value: unknown): value is DeviceKey =>
  typeof value === 'string' && Object.hasOwn(DEVICES, value);

/** `parameters.viewport.options`: the devices in the form the viewport toolbar reads. */
export const viewportOptions = Object.fromEntries(
  Object.entries(DEVICES).map(([key, { name, width, height, type }]) => [
    key,
    { name, type, styles: { width: `${width}px`, height: `${height}px` } },
  ]),
);

/** Story `globals` that open the story on a device, upright: `globals: onDevice('phone320')`. */
export const onDevice = (key: DeviceKey) => ({ viewport: { value: key, isRotated: false } });

/** The device a story's globals ask for, if any. */
export const deviceOf = (globals: Record<string, unknown> | undefined): DeviceKey | undefined => {
  const viewport = globals?.viewport as { value?: unknown } | string | undefined;
  const value = typeof viewport === 'string' ? viewport : viewport?.value;
  return isDeviceKey(value) ? value : undefined;
};
