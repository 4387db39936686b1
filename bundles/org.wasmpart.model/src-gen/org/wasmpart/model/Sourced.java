/**
 * Copyright (c) 2026 the wasmpart authors. SPDX-License-Identifier: EPL-2.0
 */
package org.wasmpart.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sourced</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A catalog object whose facts carry their sources.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.wasmpart.model.Sourced#getSources <em>Sources</em>}</li>
 * </ul>
 *
 * @see org.wasmpart.model.WasmpartPackage#getSourced()
 * @model abstract="true"
 * @generated
 */
public interface Sourced extends EObject {
	/**
	 * Returns the value of the '<em><b>Sources</b></em>' containment reference list.
	 * The list contents are of type {@link org.wasmpart.model.Source}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sources</em>' containment reference list.
	 * @see org.wasmpart.model.WasmpartPackage#getSourced_Sources()
	 * @model containment="true"
	 * @generated
	 */
	EList<Source> getSources();

} // Sourced
