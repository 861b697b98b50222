// Growing typed arrays: the matcher keeps its per-alias and per-entity data in them because a
// million small objects would cost several times the memory.

export function growInt32(array: Int32Array, capacity: number, fill = 0): Int32Array {
  const grown = new Int32Array(capacity);
  grown.set(array);
  if (fill !== 0) grown.fill(fill, array.length);
  return grown;
}

export function growUint8(array: Uint8Array, capacity: number): Uint8Array {
  const grown = new Uint8Array(capacity);
  grown.set(array);
  return grown;
}
