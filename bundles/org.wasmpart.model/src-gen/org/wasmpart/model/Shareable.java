/**
 * Copyright (c) 2026 the wasmpart authors. SPDX-License-Identifier: EPL-2.0
 */
package org.wasmpart.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Shareable</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.wasmpart.model.Shareable#getSize <em>Size</em>}</li>
 * </ul>
 *
 * @see org.wasmpart.model.WasmpartPackage#getShareable()
 * @model abstract="true"
 * @generated
 */
public interface Shareable extends Identified {
	/**
	 * Returns the value of the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Size</em>' attribute.
	 * @see #setSize(long)
	 * @see org.wasmpart.model.WasmpartPackage#getShareable_Size()
	 * @model dataType="org.wasmpart.model.ByteSize"
	 * @generated
	 */
	long getSize();

	/**
	 * Sets the value of the '{@link org.wasmpart.model.Shareable#getSize <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Size</em>' attribute.
	 * @see #getSize()
	 * @generated
	 */
	void setSize(long value);

} // Shareable
