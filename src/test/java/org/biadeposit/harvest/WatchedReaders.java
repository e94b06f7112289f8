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

/** A harvester whose readers tell a test of each file they are about to read, then read it as they would. */
public final class WatchedReaders {

	/** Told before a reader reads a file. */
	public interface Watch {

		void reading(FileProbe file) throws IOException;
	}

	private WatchedReaders() {}

	/** The same readers, in the same order, each telling {@code watch} before it reads. */
	public static Harvester watched(Harvester harvester, Watch watch) {
		return new Harvester(harvester.readers().stream().map(r -> watched(r, watch)).toList());
	}

	private static MetadataReader watched(MetadataReader r, Watch watch) {
		return new MetadataReader() {

			@Override
			public String format() {
				return r.format();
			}

			@Override
			public boolean isAvailable() {
				return r.isAvailable();
			}

			@Override
			public boolean accepts(FileProbe file) {
				return r.accepts(file);
			}

			@Override
			public OmeMetadata read(FileProbe file) throws IOException, UnreadableImageException {
				watch.reading(file);
				return r.read(file);
			}
		};
	}
}
