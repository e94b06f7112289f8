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
package org.biadeposit.rembi;

import java.util.List;
import java.util.Objects;

/**
 * A coherent part of the study (one experiment, one assay) with its own File-list.
 *
 * @param associations the association rows: each names the biosample, specimen and image acquisition (and maybe
 *          the image analysis and correlation) that some of the component's images come from; empty if none is
 *          given (null is taken as none)
 * @param fileList the built File-list; null until built
 * @param key the component's key in deposit.yaml ({@code study_component: KEY:}), which names its File-list; null
 *          when it has none (made in the wizard or imported) or when it is the name, and then the name does
 */
public record StudyComponent(String name, String description, FileSelection files, List<Associations> associations,
	FileList fileList, String key)
{

	public StudyComponent {
		associations = associations == null ? List.of() : associations.stream().filter(Objects::nonNull).toList();
		key = key == null || key.isBlank() || key.equals(name) ? null : key;
	}

	/** A component without a deposit.yaml key. */
	public StudyComponent(String name, String description, FileSelection files, List<Associations> associations,
		FileList fileList)
	{
		this(name, description, files, associations, fileList, null);
	}

	/** What its File-list is named after (made safe for a file name): the deposit.yaml key, else the name. */
	public String listName() {
		return key != null ? key : name;
	}

	/** The first association row, or null if there is none. */
	public Associations firstAssociations() {
		return associations.isEmpty() ? null : associations.get(0);
	}

	public StudyComponent withFileList(FileList list) {
		return new StudyComponent(name, description, files, associations, list, key);
	}

	public StudyComponent withAssociations(List<Associations> rows) {
		return new StudyComponent(name, description, files, rows, fileList, key);
	}
}
