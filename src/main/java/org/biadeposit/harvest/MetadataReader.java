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

import org.scijava.plugin.SciJavaPlugin;

/**
 * Reads the metadata (never the pixels) of one image file or dataset into an {@link ome.xml.meta.MetadataRetrieve}.
 * <p>
 * Implementations are SciJava plugins, tried in priority order: the Bio-Formats bridge first when Bio-Formats is on
 * the class path, then the native readers. {@link #accepts} must be cheap (name, magic bytes, the first TIFF IFD);
 * {@link #read} does the work. A reader that finds it cannot handle a file after all throws
 * {@link NotThisFormatException} so that the next reader is tried.
 * </p>
 */
public interface MetadataReader extends SciJavaPlugin {

	/** The format this reader reads, as shown to the user (for example "OME-TIFF"). */
	String format();

	/** Whether this reader is usable at all in this JVM (the Bio-Formats bridge is not, without Bio-Formats). */
	default boolean isAvailable() {
		return true;
	}

	/** Whether this reader should try the file (a cheap look at its name and first bytes). */
	boolean accepts(FileProbe file);

	/**
	 * Reads the file's metadata.
	 *
	 * @throws NotThisFormatException when the file turns out not to be this reader's format
	 * @throws UnreadableImageException when it is this format but broken; the message says what is wrong
	 * @throws IOException when the file cannot be read at all
	 */
	OmeMetadata read(FileProbe file) throws IOException, UnreadableImageException;
}
