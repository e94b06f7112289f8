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
package org.biadeposit.example;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes uncompressed greyscale TIFF files, little-endian, one strip per plane: classic TIFF, or BigTIFF when the
 * pixel data would not fit below 4 GiB. The first IFD carries the ImageDescription (OME-XML or ImageJ's
 * {@code key=value} lines) and the resolution tags ImageJ uses for its calibration.
 */
final class TiffWriter {

	private static final int IMAGE_WIDTH = 256, IMAGE_LENGTH = 257, BITS_PER_SAMPLE = 258, COMPRESSION = 259,
			PHOTOMETRIC = 262, IMAGE_DESCRIPTION = 270, STRIP_OFFSETS = 273, SAMPLES_PER_PIXEL = 277,
			ROWS_PER_STRIP = 278, STRIP_BYTE_COUNTS = 279, X_RESOLUTION = 282, Y_RESOLUTION = 283,
			RESOLUTION_UNIT = 296, SOFTWARE = 305, SAMPLE_FORMAT = 339;

	private static final int SHORT = 3, LONG = 4, RATIONAL = 5, ASCII = 2, LONG8 = 16;

	/** Pixel data beyond this is written as BigTIFF (classic TIFF offsets are 32-bit). */
	static final long CLASSIC_LIMIT = (1L << 32) - (16L << 20);

	/** Produces the pixels of one plane, row-major, in the writer's byte order. */
	interface Planes {
		void fill(int plane, ByteBuffer pixels);
	}

	private final int width, height, bytesPerPixel;
	private String description;
	private long[] resolution = { 1, 1 };
	private boolean forceBig;

	TiffWriter(int width, int height, int bitsPerPixel) {
		if (bitsPerPixel != 8 && bitsPerPixel != 16) throw new IllegalArgumentException("8 or 16 bits per pixel");
		this.width = width;
		this.height = height;
		this.bytesPerPixel = bitsPerPixel / 8;
	}

	/** Always BigTIFF, whatever the size (BigTIFF is otherwise chosen only where classic TIFF cannot hold it). */
	TiffWriter bigTiff() {
		this.forceBig = true;
		return this;
	}

	TiffWriter description(String text) {
		this.description = text;
		return this;
	}

	/**
	 * The X and Y resolution tags from the pixel size (ImageJ: in the unit of its {@code unit=}), written as an
	 * exact rational: 0.325 µm per pixel is 1000/325 pixels per µm.
	 */
	TiffWriter pixelSize(double size) {
		java.math.BigDecimal d = java.math.BigDecimal.valueOf(size).stripTrailingZeros();
		java.math.BigInteger unscaled = d.unscaledValue(), tens = java.math.BigInteger.TEN.pow(Math.max(0, d.scale()));
		if (d.scale() < 0) unscaled = unscaled.multiply(java.math.BigInteger.TEN.pow(-d.scale()));
		java.math.BigInteger gcd = unscaled.gcd(tens);
		this.resolution = new long[] { tens.divide(gcd).longValueExact(), unscaled.divide(gcd).longValueExact() };
		return this;
	}

	long planeBytes() {
		return (long) width * height * bytesPerPixel;
	}

	/** Writes {@code planes} planes to {@code file}, replacing it. */
	void write(Path file, int planes, Planes pixels) throws IOException {
		boolean big = forceBig || planeBytes() * planes > CLASSIC_LIMIT;
		byte[] text = description == null ? null : (description + "\0").getBytes(StandardCharsets.UTF_8);
		try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
			StandardOpenOption.TRUNCATE_EXISTING))
		{
			ByteBuffer header = le(big ? 16 : 8);
			header.put((byte) 'I').put((byte) 'I');
			if (big) header.putShort((short) 43).putShort((short) 8).putShort((short) 0);
			else header.putShort((short) 42);
			long firstIfdPointer = header.position();
			if (big) header.putLong(0);
			else header.putInt(0);
			write(ch, header.flip());

			long textOffset = ch.position();
			if (text != null) write(ch, ByteBuffer.wrap(text));
			long software = ch.position();
			byte[] softwareName = "bia-deposit example generator\0".getBytes(StandardCharsets.US_ASCII);
			write(ch, ByteBuffer.wrap(softwareName));
			long resolutionOffset = ch.position();
			ByteBuffer rational = le(8);
			rational.putInt((int) resolution[0]).putInt((int) resolution[1]);
			write(ch, rational.flip());
			align(ch);

			long[] stripOffsets = new long[planes];
			ByteBuffer plane = le((int) planeBytes());
			for (int p = 0; p < planes; p++) {
				plane.clear();
				pixels.fill(p, plane);
				plane.position(0).limit(plane.capacity());
				stripOffsets[p] = ch.position();
				write(ch, plane);
			}
			align(ch);

			// A RATIONAL (8 bytes) stands in the entry itself in BigTIFF, whose value field is 8 bytes; classic TIFF
			// points to it. Little-endian: the numerator in the low half.
			long rationalValue = big ? resolution[1] << 32 | resolution[0] & 0xffffffffL : resolutionOffset;
			long pointerAt = firstIfdPointer;
			for (int p = 0; p < planes; p++) {
				List<long[]> entries = new ArrayList<>();
				entries.add(new long[] { IMAGE_WIDTH, LONG, 1, width });
				entries.add(new long[] { IMAGE_LENGTH, LONG, 1, height });
				entries.add(new long[] { BITS_PER_SAMPLE, SHORT, 1, bytesPerPixel * 8L });
				entries.add(new long[] { COMPRESSION, SHORT, 1, 1 });
				entries.add(new long[] { PHOTOMETRIC, SHORT, 1, 1 });
				if (p == 0 && text != null) entries.add(new long[] { IMAGE_DESCRIPTION, ASCII, text.length, textOffset });
				entries.add(new long[] { STRIP_OFFSETS, big ? LONG8 : LONG, 1, stripOffsets[p] });
				entries.add(new long[] { SAMPLES_PER_PIXEL, SHORT, 1, 1 });
				entries.add(new long[] { ROWS_PER_STRIP, LONG, 1, height });
				entries.add(new long[] { STRIP_BYTE_COUNTS, big ? LONG8 : LONG, 1, planeBytes() });
				entries.add(new long[] { X_RESOLUTION, RATIONAL, 1, rationalValue });
				entries.add(new long[] { Y_RESOLUTION, RATIONAL, 1, rationalValue });
				entries.add(new long[] { RESOLUTION_UNIT, SHORT, 1, 1 });
				entries.add(new long[] { SOFTWARE, ASCII, softwareName.length, software });
				entries.add(new long[] { SAMPLE_FORMAT, SHORT, 1, 1 });
				long ifd = ch.position();
				ByteBuffer pointer = le(big ? 8 : 4);
				if (big) pointer.putLong(ifd);
				else pointer.putInt((int) ifd);
				pointer.flip();
				ch.write(pointer, pointerAt);
				ByteBuffer b = le((big ? 8 + 20 * entries.size() + 8 : 2 + 12 * entries.size() + 4));
				if (big) b.putLong(entries.size());
				else b.putShort((short) entries.size());
				for (long[] e : entries) {
					b.putShort((short) e[0]).putShort((short) e[1]);
					if (big) b.putLong(e[2]);
					else b.putInt((int) e[2]);
					putValue(b, (int) e[1], e[3], big);
				}
				pointerAt = ifd + b.position();
				if (big) b.putLong(0);
				else b.putInt(0);
				write(ch, b.flip());
			}
		}
	}

	/** A value in an IFD entry: inline, left-justified in the value field, or an offset for rationals and text. */
	private static void putValue(ByteBuffer b, int type, long value, boolean big) {
		int start = b.position();
		if (type == SHORT) b.putShort((short) value);
		else if (type == LONG8) b.putLong(value);
		else if (big && (type == RATIONAL || type == ASCII)) b.putLong(value);
		else b.putInt((int) value);
		int field = big ? 8 : 4;
		while (b.position() < start + field) b.put((byte) 0);
	}

	private static void align(FileChannel ch) throws IOException {
		if (ch.position() % 2 != 0) write(ch, ByteBuffer.wrap(new byte[1]));
	}

	private static void write(FileChannel ch, ByteBuffer b) throws IOException {
		while (b.hasRemaining()) ch.write(b);
	}

	private static ByteBuffer le(int size) {
		return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
	}
}
