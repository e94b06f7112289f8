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

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hands out one instance of equal record lists: the files of a large study mostly share their metadata (one
 * instrument, one image size), and a study of 125,000 files then holds one set of channel, objective and detector
 * objects, not 125,000; records that differ (a name, a date) share those values ({@link SharedValues}). Keeps a
 * bounded number of lists; beyond it, it starts afresh.
 */
final class SharedRecords {

	private static final int MOST = 4096;

	private final Map<List<ImageRecord>, List<ImageRecord>> known = new ConcurrentHashMap<>();

	/** The result, unnamed (its records too), with its records replaced by an equal list met before, if any. */
	HarvestedFile of(HarvestedFile result) {
		if (result.records().isEmpty()) return result;
		HarvestedFile plain = result.named(null);
		List<ImageRecord> before = known.get(plain.records());
		if (before == null) {
			// records of their own (another name, another date) still share their instrument, channels and sizes
			List<ImageRecord> shared = plain.records().stream().map(SharedValues::parts).toList();
			before = known.putIfAbsent(shared, shared);
			if (before == null) {
				if (known.size() > MOST) known.clear();
				return new HarvestedFile(null, plain.path(), plain.format(), shared, plain.usedFiles(), plain.error());
			}
		}
		return new HarvestedFile(null, plain.path(), plain.format(), before, plain.usedFiles(), plain.error());
	}
}
