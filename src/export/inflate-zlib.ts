// Decompresses a zlib stream (RFC 1950 around RFC 1951 DEFLATE). The
// sandbox has neither DOM nor DecompressionStream, and reading a PNG's
// pixels needs this; it is written for clarity, not speed, since it only
// ever sees thumbnail-sized images.

const LENGTH_BASE = [
  3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67,
  83, 99, 115, 131, 163, 195, 227, 258
]
const LENGTH_EXTRA = [
  0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5,
  5, 5, 0
]
const DISTANCE_BASE = [
  1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769,
  1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577
]
const DISTANCE_EXTRA = [
  0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11,
  11, 12, 12, 13, 13
]
const CODE_LENGTH_ORDER = [
  16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15
]
const MAX_CODE_BITS = 15

/** A canonical Huffman code: how many codes per length, symbols in order. */
interface Huffman {
  counts: Uint16Array
  symbols: Uint16Array
}

class BitReader {
  private position = 0
  private buffer = 0
  private bitCount = 0

  constructor(private readonly data: Uint8Array) {}

  readBits(count: number): number {
    while (this.bitCount < count) {
      if (this.position >= this.data.length) {
        throw new Error('inflateZlib: the data ends early')
      }
      this.buffer |= this.data[this.position++] << this.bitCount
      this.bitCount += 8
    }
    const value = this.buffer & ((1 << count) - 1)
    this.buffer >>>= count
    this.bitCount -= count
    return value
  }

  readAlignedBytes(count: number): Uint8Array {
    this.buffer = 0
    this.bitCount = 0
    const end = this.position + count
    if (end > this.data.length) {
      throw new Error('inflateZlib: a stored block ends early')
    }
    const bytes = this.data.subarray(this.position, end)
    this.position = end
    return bytes
  }
}

class Output {
  bytes: Uint8Array
  length = 0

  constructor(sizeHint: number) {
    this.bytes = new Uint8Array(Math.max(1024, sizeHint))
  }

  reserve(count: number): void {
    if (this.length + count <= this.bytes.length) return
    const size = Math.max(this.bytes.length * 2, this.length + count)
    const grown = new Uint8Array(size)
    grown.set(this.bytes.subarray(0, this.length))
    this.bytes = grown
  }
}

function buildHuffman(lengths: ArrayLike<number>): Huffman {
  const counts = new Uint16Array(MAX_CODE_BITS + 1)
  for (let i = 0; i < lengths.length; i++) counts[lengths[i]]++
  counts[0] = 0
  const offsets = new Uint16Array(MAX_CODE_BITS + 2)
  for (let bits = 1; bits <= MAX_CODE_BITS; bits++) {
    offsets[bits + 1] = offsets[bits] + counts[bits]
  }
  const symbols = new Uint16Array(lengths.length)
  for (let symbol = 0; symbol < lengths.length; symbol++) {
    if (lengths[symbol] !== 0) symbols[offsets[lengths[symbol]]++] = symbol
  }
  return { counts, symbols }
}

// Reads one bit at a time, comparing against the first code of each length.
function decodeSymbol(reader: BitReader, huffman: Huffman): number {
  let code = 0
  let first = 0
  let index = 0
  for (let bits = 1; bits <= MAX_CODE_BITS; bits++) {
    code |= reader.readBits(1)
    const count = huffman.counts[bits]
    if (code - first < count) return huffman.symbols[index + code - first]
    index += count
    first = (first + count) << 1
    code <<= 1
  }
  throw new Error('inflateZlib: an invalid Huffman code')
}

function buildFixedCodes(): [Huffman, Huffman] {
  const lengths = new Uint8Array(288)
  lengths.fill(8, 0, 144)
  lengths.fill(9, 144, 256)
  lengths.fill(7, 256, 280)
  lengths.fill(8, 280, 288)
  return [buildHuffman(lengths), buildHuffman(new Uint8Array(30).fill(5))]
}

function readDynamicCodes(reader: BitReader): [Huffman, Huffman] {
  const literalCount = reader.readBits(5) + 257
  const distanceCount = reader.readBits(5) + 1
  const codeLengthCount = reader.readBits(4) + 4
  const codeLengthLengths = new Uint8Array(19)
  for (let i = 0; i < codeLengthCount; i++) {
    codeLengthLengths[CODE_LENGTH_ORDER[i]] = reader.readBits(3)
  }
  const codeLengthCode = buildHuffman(codeLengthLengths)
  const lengths = new Uint8Array(literalCount + distanceCount)
  for (let i = 0; i < lengths.length;) {
    const symbol = decodeSymbol(reader, codeLengthCode)
    if (symbol < 16) {
      lengths[i++] = symbol
      continue
    }
    if (symbol === 16 && i === 0) {
      throw new Error('inflateZlib: a repeat with no length before it')
    }
    const [value, repeat] =
      symbol === 16
        ? [lengths[i - 1], 3 + reader.readBits(2)]
        : symbol === 17
          ? [0, 3 + reader.readBits(3)]
          : [0, 11 + reader.readBits(7)]
    if (i + repeat > lengths.length) {
      throw new Error('inflateZlib: code lengths overflow the table')
    }
    lengths.fill(value, i, i + repeat)
    i += repeat
  }
  return [
    buildHuffman(lengths.subarray(0, literalCount)),
    buildHuffman(lengths.subarray(literalCount))
  ]
}

function inflateBlock(
  reader: BitReader,
  output: Output,
  [literals, distances]: [Huffman, Huffman]
): void {
  for (;;) {
    const symbol = decodeSymbol(reader, literals)
    if (symbol < 256) {
      output.reserve(1)
      output.bytes[output.length++] = symbol
      continue
    }
    if (symbol === 256) return
    const lengthIndex = symbol - 257
    if (lengthIndex >= LENGTH_BASE.length) {
      throw new Error('inflateZlib: an invalid length symbol')
    }
    const length =
      LENGTH_BASE[lengthIndex] + reader.readBits(LENGTH_EXTRA[lengthIndex])
    const distanceIndex = decodeSymbol(reader, distances)
    if (distanceIndex >= DISTANCE_BASE.length) {
      throw new Error('inflateZlib: an invalid distance symbol')
    }
    const distance =
      DISTANCE_BASE[distanceIndex] +
      reader.readBits(DISTANCE_EXTRA[distanceIndex])
    if (distance > output.length) {
      throw new Error('inflateZlib: a distance before the start')
    }
    output.reserve(length)
    const bytes = output.bytes
    for (let i = 0; i < length; i++, output.length++) {
      bytes[output.length] = bytes[output.length - distance]
    }
  }
}

function inflateStored(reader: BitReader, output: Output): void {
  const header = reader.readAlignedBytes(4)
  const length = header[0] | (header[1] << 8)
  const complement = header[2] | (header[3] << 8)
  if ((length ^ 0xffff) !== complement) {
    throw new Error('inflateZlib: a stored block with a bad length')
  }
  output.reserve(length)
  output.bytes.set(reader.readAlignedBytes(length), output.length)
  output.length += length
}

/** The bytes a zlib stream holds; sizeHint preallocates the output. */
export function inflateZlib(data: Uint8Array, sizeHint = 0): Uint8Array {
  const isDeflate = data.length >= 2 && (data[0] & 0x0f) === 8
  if (!isDeflate || ((data[0] << 8) | data[1]) % 31 !== 0) {
    throw new Error('inflateZlib: not a zlib stream')
  }
  if (data[1] & 0x20) {
    throw new Error('inflateZlib: preset dictionaries are unsupported')
  }
  const reader = new BitReader(data.subarray(2))
  const output = new Output(sizeHint)
  let isLast = false
  while (!isLast) {
    isLast = reader.readBits(1) === 1
    const blockType = reader.readBits(2)
    if (blockType === 0) inflateStored(reader, output)
    else if (blockType === 1) inflateBlock(reader, output, buildFixedCodes())
    else if (blockType === 2) {
      inflateBlock(reader, output, readDynamicCodes(reader))
    } else throw new Error('inflateZlib: an invalid block type')
  }
  return output.bytes.subarray(0, output.length)
}
