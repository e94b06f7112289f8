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

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;

/**
 * Bio-Formats' file read buffer, made small while the harvest reads. Bio-Formats reads through
 * {@code loci.common.NIOFileHandle}, whose default buffer is 1 MiB, and opens a file some 30 times while it detects
 * the format: a 270 MB OME-TIFF cost 164 MB of reads for a few kilobytes of metadata. A 64 KiB buffer cut the reads
 * 11–16 times. The buffer size is a static of Bio-Formats, shared with everything else in a Fiji (image opening
 * included), so it is set while the first harvest read starts and restored when the last one ends.
 */
final class BioFormatsReadBuffer implements AutoCloseable {

	/** The buffer the harvest reads with. */
	static final int HARVEST_SIZE = 64 * 1024;

	/** Bio-Formats' own default, restored when its current value cannot be read. */
	static final int BIO_FORMATS_DEFAULT = 1024 * 1024;

	static final String FILE_HANDLE = "loci.common.NIOFileHandle";

	private static final Object LOCK = new Object();

	/** Per Bio-Formats copy (class loader): how many reads are open, and the size to restore. */
	private static final Map<Class<?>, int[]> OPEN = new HashMap<>();

	private final Class<?> handle;
	private boolean closed;

	private BioFormatsReadBuffer(Class<?> handle) {
		this.handle = handle;
	}

	/** The small buffer until the returned handle (and every other one open) is closed; nothing if unsupported. */
	static BioFormatsReadBuffer small(ClassLoader loader) {
		Class<?> handle;
		try {
			handle = Class.forName(FILE_HANDLE, true, loader);
		}
		catch (ClassNotFoundException | LinkageError e) {
			return new BioFormatsReadBuffer(null); // a Bio-Formats without it: its own buffering stays
		}
		synchronized (LOCK) {
			int[] state = OPEN.get(handle);
			if (state == null) {
				state = new int[] { 0, current(handle) };
				OPEN.put(handle, state);
				set(handle, HARVEST_SIZE);
			}
			state[0]++;
		}
		return new BioFormatsReadBuffer(handle);
	}

	@Override
	public void close() {
		if (handle == null) return;
		synchronized (LOCK) {
			if (closed) return;
			closed = true;
			int[] state = OPEN.get(handle);
			if (--state[0] == 0) {
				OPEN.remove(handle);
				set(handle, state[1]);
			}
		}
	}

	/** Bio-Formats' current default buffer size (a private static; its default if it cannot be read). */
	private static int current(Class<?> handle) {
		try {
			Field f = handle.getDeclaredField("defaultBufferSize");
			f.setAccessible(true);
			return f.getInt(null);
		}
		catch (ReflectiveOperationException | RuntimeException e) {
			return BIO_FORMATS_DEFAULT;
		}
	}

	private static void set(Class<?> handle, int size) {
		try {
			Method m = handle.getMethod("setDefaultBufferSize", int.class);
			m.invoke(null, size);
		}
		catch (ReflectiveOperationException | RuntimeException e) {
			// a Bio-Formats without the setting reads with its own buffer
		}
	}
}
