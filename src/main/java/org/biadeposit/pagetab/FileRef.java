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
package org.biadeposit.pagetab;

import java.util.List;

/**
 * A file or folder named in a section or a file list, by its path relative to the user folder (or the submission's
 * {@code RootPath}).
 * <p>
 * {@code type} and {@code size} are what BioStudies writes when it publishes a study; it ignores both on submission
 * (it looks at the uploaded file itself). They are kept when read, so a published study round-trips, and are
 * {@code null} for files we describe ourselves.
 * </p>
 *
 * @param type {@code "file"} or {@code "directory"}, or null
 * @param size in bytes, or null
 */
public record FileRef(String path, String type, Long size, List<Attribute> attributes) {

	public FileRef {
		if (path == null || path.isBlank()) throw new IllegalArgumentException("a file needs a path");
		attributes = attributes == null ? List.of() : List.copyOf(attributes);
	}

	/** A file as a submitter describes it: a path and attributes. */
	public static FileRef of(String path, List<Attribute> attributes) {
		return new FileRef(path, null, null, attributes);
	}

	/** The value of the first attribute with this name (ignoring case), or null. */
	public String attribute(String name) {
		return Attribute.first(attributes, name);
	}

	/** This file as it is submitted: without the {@code type} and {@code size} that only BioStudies writes. */
	public FileRef asSubmitted() {
		return type == null && size == null ? this : new FileRef(path, null, null, attributes);
	}
}
