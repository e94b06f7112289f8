/*-
 * #%L
 * bia-deposit: deposit microscopy datasets in the EBI BioImage Archive.
 * %%
 * Copyright (C) 2026 bia-deposit developers
 * %%
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 * 
 * 1. Redistributions of source code must retain the above copyright notice,
 *    this list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the documentation
 *    and/or other materials provided with the distribution.
 * 
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS"
 * AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE
 * IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE
 * ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDERS OR CONTRIBUTORS BE
 * LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR
 * CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF
 * SUBSTITUTE GOODS OR SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS
 * INTERRUPTION) HOWEVER CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN
 * CONTRACT, STRICT LIABILITY, OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE)
 * ARISING IN ANY WAY OUT OF THE USE OF THIS SOFTWARE, EVEN IF ADVISED OF THE
 * POSSIBILITY OF SUCH DAMAGE.
 * #L%
 */
package org.biadeposit.harvest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * The first image file directory (IFD) of a TIFF or BigTIFF file: the tags that describe the image, read without
 * touching pixel data. Also counts the file's IFDs and checks that the first image's pixel data lies inside the file,
 * so that a truncated copy is caught here rather than by the archive.
 */
final class TiffDirectory {

	static final int IMAGE_WIDTH = 256, IMAGE_LENGTH = 257, BITS_PER_SAMPLE = 258, IMAGE_DESCRIPTION = 270,
		STRIP_OFFSETS = 273, SAMPLES_PER_PIXEL = 277, STRIP_BYTE_COUNTS = 279, X_RESOLUTION = 282,
		Y_RESOLUTION = 283, RESOLUTION_UNIT = 296, DATE_TIME = 306, TILE_OFFSETS = 324, TILE_BYTE_COUNTS = 325,
		SAMPLE_FORMAT = 339;

	/** More IFDs than this are not counted (the count is then a lower bound); protects against IFD loops. */
	private static final int MAX_IFDS_COUNTED = 1_000_000;

	final boolean bigTiff;
	final ByteOrder order;
	final long fileSize;
	final long width;
	final long length;
	final int bitsPerSample;
	final int samplesPerPixel;
	/** 1 unsigned integer, 2 signed integer, 3 IEEE float (TIFF SampleFormat). */
	final int sampleFormat;
	final String description;
	final double[] xResolution;
	final double[] yResolution;
	final int resolutionUnit;
	final String dateTime;
	/** Number of IFDs, or -1 when not counted. */
	final int ifdCount;
	/** End of the first image's pixel data: the largest strip or tile offset plus its byte count. */
	final long firstImageDataEnd;
	/**
	 * When the IFDs were counted: the bytes the file would need to hold every image directory and the last image's
	 * pixel data, where that is more than the file has (a truncated file); else 0.
	 */
	final long truncatedNeeding;

	private TiffDirectory(Builder b) {
		bigTiff = b.bigTiff;
		order = b.order;
		fileSize = b.fileSize;
		width = b.width;
		length = b.length;
		bitsPerSample = b.bitsPerSample;
		samplesPerPixel = b.samplesPerPixel;
		sampleFormat = b.sampleFormat;
		description = b.description;
		xResolution = b.xResolution;
		yResolution = b.yResolution;
		resolutionUnit = b.resolutionUnit;
		dateTime = b.dateTime;
		ifdCount = b.ifdCount;
		firstImageDataEnd = b.dataEnd;
		truncatedNeeding = b.truncatedNeeding;
	}

	/** Whether the first bytes of a file are a TIFF or BigTIFF signature. */
	static boolean isTiffSignature(byte[] head) {
		if (head.length < 4) return false;
		boolean ii = head[0] == 'I' && head[1] == 'I', mm = head[0] == 'M' && head[1] == 'M';
		if (!ii && !mm) return false;
		int magic = ii ? (head[2] & 0xff) | (head[3] & 0xff) << 8 : (head[2] & 0xff) << 8 | (head[3] & 0xff);
		return magic == 42 || magic == 43;
	}

	/** The OME pixel type name for the first image's samples. */
	/** Whether ImageJ wrote the file: its ImageDescription starts with "ImageJ=". */
	boolean writtenByImageJ() {
		return description != null && description.startsWith("ImageJ=");
	}

	String omePixelType() {
		if (sampleFormat == 3) return bitsPerSample == 64 ? "double" : bitsPerSample == 32 ? "float" : null;
		boolean signed = sampleFormat == 2;
		switch (bitsPerSample) {
			case 1: return "bit";
			case 8: return signed ? "int8" : "uint8";
			case 16: return signed ? "int16" : "uint16";
			case 32: return signed ? "int32" : "uint32";
			default: return null;
		}
	}

	/**
	 * Reads the first IFD of an open file.
	 *
	 * @param countIfds whether to follow the chain of IFDs to count them (costs one small read per IFD)
	 * @throws UnreadableImageException when the file is a TIFF but its structure is broken or truncated
	 */
	static TiffDirectory read(FileChannel channel, boolean countIfds) throws IOException, UnreadableImageException {
		return read(new TiffBytes(channel), countIfds);
	}

	/**
	 * Reads the first IFD from bytes partly read already.
	 *
	 * @param countIfds whether to follow the chain of IFDs to count them (costs one small read per IFD)
	 * @throws UnreadableImageException when the file is a TIFF but its structure is broken or truncated
	 */
	static TiffDirectory read(TiffBytes channel, boolean countIfds) throws IOException, UnreadableImageException {
		Builder b = new Builder();
		b.fileSize = channel.size();
		ByteBuffer header = readAt(channel, 0, 16, b.fileSize);
		if (header.remaining() < 8 || !isTiffSignature(new byte[] { header.get(0), header.get(1), header.get(2),
			header.get(3) }))
		{
			throw new NotThisFormatException("not a TIFF file");
		}
		b.order = header.get(0) == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
		header.order(b.order);
		b.bigTiff = header.getShort(2) == 43;
		long firstIfd;
		if (b.bigTiff) {
			if (header.remaining() < 16) throw truncated(b.fileSize, 16);
			firstIfd = header.getLong(8);
		}
		else {
			firstIfd = Integer.toUnsignedLong(header.getInt(4));
		}
		if (firstIfd < 8 || firstIfd >= b.fileSize) {
			throw new UnreadableImageException("the TIFF header points to its first image directory at byte " +
				firstIfd + " but the file has only " + b.fileSize + " bytes: the file is truncated or damaged");
		}
		long next = readIfd(channel, b, firstIfd);
		if (countIfds) {
			int count = 1;
			Set<Long> seen = new HashSet<>();
			seen.add(firstIfd);
			long last = firstIfd;
			while (next != 0 && count < MAX_IFDS_COUNTED) {
				if (next >= b.fileSize) {
					b.truncatedNeeding = next + 2; // the chain points past the end: the rest was cut off
					break;
				}
				if (!seen.add(next)) break;
				last = next;
				next = skipIfd(channel, b, next);
				count++;
			}
			b.ifdCount = count;
			if (b.truncatedNeeding == 0 && last != firstIfd) lastImageEnd(channel, b, last);
		}
		else {
			b.ifdCount = -1;
		}
		return new TiffDirectory(b);
	}

	private static long readIfd(TiffBytes ch, Builder b, long offset) throws IOException, UnreadableImageException {
		int countSize = b.bigTiff ? 8 : 2, entrySize = b.bigTiff ? 20 : 12, nextSize = b.bigTiff ? 8 : 4;
		ByteBuffer cb = readAt(ch, offset, countSize, b.fileSize).order(b.order);
		if (cb.remaining() < countSize) throw truncated(b.fileSize, offset + countSize);
		long n = b.bigTiff ? cb.getLong(0) : Short.toUnsignedInt(cb.getShort(0));
		if (n <= 0 || n > 4096) {
			throw new UnreadableImageException("the first TIFF image directory claims " + n +
				" entries: the file is damaged");
		}
		int size = (int) (n * entrySize + nextSize);
		ByteBuffer ifd = readAt(ch, offset + countSize, size, b.fileSize).order(b.order);
		if (ifd.remaining() < size) throw truncated(b.fileSize, offset + countSize + size);
		long[] stripOffsets = null, stripCounts = null;
		for (int i = 0; i < n; i++) {
			int p = i * entrySize;
			int tag = Short.toUnsignedInt(ifd.getShort(p));
			int type = Short.toUnsignedInt(ifd.getShort(p + 2));
			long count = b.bigTiff ? ifd.getLong(p + 4) : Integer.toUnsignedLong(ifd.getInt(p + 4));
			int valuePos = p + (b.bigTiff ? 12 : 8);
			switch (tag) {
				case IMAGE_WIDTH: b.width = firstInt(ch, b, ifd, valuePos, type, count); break;
				case IMAGE_LENGTH: b.length = firstInt(ch, b, ifd, valuePos, type, count); break;
				case BITS_PER_SAMPLE: b.bitsPerSample = (int) firstInt(ch, b, ifd, valuePos, type, count); break;
				case SAMPLES_PER_PIXEL: b.samplesPerPixel = (int) firstInt(ch, b, ifd, valuePos, type, count); break;
				case SAMPLE_FORMAT: b.sampleFormat = (int) firstInt(ch, b, ifd, valuePos, type, count); break;
				case RESOLUTION_UNIT: b.resolutionUnit = (int) firstInt(ch, b, ifd, valuePos, type, count); break;
				case IMAGE_DESCRIPTION: b.description = ascii(ch, b, ifd, valuePos, tag, count); break;
				case DATE_TIME: b.dateTime = ascii(ch, b, ifd, valuePos, tag, count); break;
				case X_RESOLUTION: b.xResolution = rational(ch, b, ifd, valuePos, type); break;
				case Y_RESOLUTION: b.yResolution = rational(ch, b, ifd, valuePos, type); break;
				case STRIP_OFFSETS: case TILE_OFFSETS: stripOffsets = ints(ch, b, ifd, valuePos, type, count); break;
				case STRIP_BYTE_COUNTS: case TILE_BYTE_COUNTS:
					stripCounts = ints(ch, b, ifd, valuePos, type, count); break;
				default: break;
			}
		}
		if (stripOffsets != null && stripCounts != null) {
			long end = 0;
			for (int i = 0; i < Math.min(stripOffsets.length, stripCounts.length); i++) {
				end = Math.max(end, stripOffsets[i] + stripCounts[i]);
			}
			b.dataEnd = end;
		}
		return b.bigTiff ? ifd.getLong((int) (n * entrySize)) : Integer.toUnsignedLong(ifd.getInt((int) (n *
			entrySize)));
	}

	/** Notes whether the last image directory, or the pixel data it points to, runs past the end of the file. */
	private static void lastImageEnd(TiffBytes ch, Builder b, long offset) throws IOException {
		Builder last = new Builder();
		last.bigTiff = b.bigTiff;
		last.order = b.order;
		last.fileSize = b.fileSize;
		try {
			readIfd(ch, last, offset);
			if (last.dataEnd > b.fileSize) b.truncatedNeeding = last.dataEnd;
		}
		catch (UnreadableImageException e) {
			b.truncatedNeeding = b.fileSize + 1; // the directory itself is cut
		}
	}

	/** Reads only the entry count of an IFD and returns the offset of the next one. */
	private static long skipIfd(TiffBytes ch, Builder b, long offset) throws IOException {
		int countSize = b.bigTiff ? 8 : 2, entrySize = b.bigTiff ? 20 : 12, nextSize = b.bigTiff ? 8 : 4;
		ByteBuffer cb = readAt(ch, offset, countSize, b.fileSize).order(b.order);
		if (cb.remaining() < countSize) return 0;
		long n = b.bigTiff ? cb.getLong(0) : Short.toUnsignedInt(cb.getShort(0));
		ByteBuffer nb = readAt(ch, offset + countSize + n * entrySize, nextSize, b.fileSize).order(b.order);
		if (nb.remaining() < nextSize) return 0;
		return b.bigTiff ? nb.getLong(0) : Integer.toUnsignedLong(nb.getInt(0));
	}

	private static int typeSize(int type) {
		switch (type) {
			case 1: case 2: case 6: case 7: return 1; // BYTE ASCII SBYTE UNDEFINED
			case 3: case 8: return 2; // SHORT SSHORT
			case 4: case 9: case 11: case 13: return 4; // LONG SLONG FLOAT IFD
			case 5: case 10: case 12: case 16: case 17: case 18: return 8; // RATIONAL SRATIONAL DOUBLE LONG8...
			default: return 1;
		}
	}

	/** The bytes of an entry's value: inline in the entry when small enough, else at the offset it holds. */
	private static ByteBuffer value(TiffBytes ch, Builder b, ByteBuffer ifd, int pos, int type, long count)
		throws IOException, UnreadableImageException
	{
		long bytes = typeSize(type) * count;
		int inline = b.bigTiff ? 8 : 4;
		if (bytes <= inline) {
			ByteBuffer v = ifd.duplicate().order(b.order);
			v.position(pos).limit(pos + (int) bytes);
			return v.slice().order(b.order);
		}
		long offset = b.bigTiff ? ifd.getLong(pos) : Integer.toUnsignedLong(ifd.getInt(pos));
		if (bytes > Integer.MAX_VALUE - 8) {
			throw new UnreadableImageException("a TIFF tag claims " + bytes + " bytes: the file is damaged");
		}
		ByteBuffer v = readAt(ch, offset, (int) bytes, b.fileSize).order(b.order);
		if (v.remaining() < bytes) throw truncated(b.fileSize, offset + bytes);
		return v;
	}

	private static long[] ints(TiffBytes ch, Builder b, ByteBuffer ifd, int pos, int type, long count)
		throws IOException, UnreadableImageException
	{
		if (count > 50_000_000) throw new UnreadableImageException("a TIFF tag claims " + count +
			" values: the file is damaged");
		ByteBuffer v = value(ch, b, ifd, pos, type, count);
		long[] out = new long[(int) count];
		// Read by the size the type has, whatever the type (a damaged file may give an integer tag any type).
		int size = typeSize(type);
		for (int i = 0; i < count; i++) {
			switch (size) {
				case 1: out[i] = Byte.toUnsignedInt(v.get(i)); break;
				case 2: out[i] = Short.toUnsignedInt(v.getShort(i * 2)); break;
				case 4: out[i] = Integer.toUnsignedLong(v.getInt(i * 4)); break;
				default: out[i] = type >= 16 ? v.getLong(i * 8) : Integer.toUnsignedLong(v.getInt(i * 8)); break;
			}
		}
		return out;
	}

	private static long firstInt(TiffBytes ch, Builder b, ByteBuffer ifd, int pos, int type, long count)
		throws IOException, UnreadableImageException
	{
		if (count < 1) return 0;
		// The value may be stored inline or at an offset depending on the full count, so read them all.
		return ints(ch, b, ifd, pos, type, Math.min(count, 16))[0];
	}

	private static double[] rational(TiffBytes ch, Builder b, ByteBuffer ifd, int pos, int type)
		throws IOException, UnreadableImageException
	{
		if (type != 5 && type != 10) return null;
		ByteBuffer v = value(ch, b, ifd, pos, type, 1);
		long num = type == 5 ? Integer.toUnsignedLong(v.getInt(0)) : v.getInt(0);
		long den = type == 5 ? Integer.toUnsignedLong(v.getInt(4)) : v.getInt(4);
		return new double[] { num, den };
	}

	private static String ascii(TiffBytes ch, Builder b, ByteBuffer ifd, int pos, int tag, long count)
		throws IOException, UnreadableImageException
	{
		if (count > MetadataFile.MAX_BYTES) {
			throw MetadataFile.tooLarge(tag == IMAGE_DESCRIPTION ? "the TIFF's ImageDescription" :
				"a text tag of the TIFF", count);
		}
		ByteBuffer v = value(ch, b, ifd, pos, 2, count);
		byte[] bytes = new byte[v.remaining()];
		v.get(bytes);
		int end = bytes.length;
		while (end > 0 && bytes[end - 1] == 0) end--;
		return new String(bytes, 0, end, StandardCharsets.UTF_8);
	}

	private static ByteBuffer readAt(TiffBytes ch, long offset, int size, long fileSize) throws IOException {
		int n = (int) Math.max(0, Math.min(size, fileSize - offset));
		return ch.read(offset, n);
	}

	private static UnreadableImageException truncated(long fileSize, long needed) {
		return new UnreadableImageException("the TIFF structure needs at least " + needed +
			" bytes but the file has only " + fileSize + ": the file is truncated (an interrupted copy?)");
	}

	private static final class Builder {
		boolean bigTiff;
		ByteOrder order;
		long fileSize, width, length, dataEnd, truncatedNeeding;
		int bitsPerSample = 1, samplesPerPixel = 1, sampleFormat = 1, resolutionUnit = 2, ifdCount;
		String description, dateTime;
		double[] xResolution, yResolution;
	}
}
