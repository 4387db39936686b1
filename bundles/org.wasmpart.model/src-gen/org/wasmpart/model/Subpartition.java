/**
 * Copyright (c) 2026 the wasmpart authors. SPDX-License-Identifier: EPL-2.0
 */
package org.wasmpart.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Subpartition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.wasmpart.model.Subpartition#getOffset <em>Offset</em>}</li>
 * </ul>
 *
 * @see org.wasmpart.model.WasmpartPackage#getSubpartition()
 * @model
 * @generated
 */
public interface Subpartition extends Shareable {
	/**
	 * Returns the value of the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Offset</em>' attribute.
	 * @see #isSetOffset()
	 * @see #unsetOffset()
	 * @see #setOffset(long)
	 * @see org.wasmpart.model.WasmpartPackage#getSubpartition_Offset()
	 * @model unsettable="true" dataType="org.wasmpart.model.ByteSize"
	 * @generated
	 */
	long getOffset();

	/**
	 * Sets the value of the '{@link org.wasmpart.model.Subpartition#getOffset <em>Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Offset</em>' attribute.
	 * @see #isSetOffset()
	 * @see #unsetOffset()
	 * @see #getOffset()
	 * @generated
	 */
	void setOffset(long value);

	/**
	 * Unsets the value of the '{@link org.wasmpart.model.Subpartition#getOffset <em>Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetOffset()
	 * @see #getOffset()
	 * @see #setOffset(long)
	 * @generated
	 */
	void unsetOffset();

	/**
	 * Returns whether the value of the '{@link org.wasmpart.model.Subpartition#getOffset <em>Offset</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Offset</em>' attribute is set.
	 * @see #unsetOffset()
	 * @see #getOffset()
	 * @see #setOffset(long)
	 * @generated
	 */
	boolean isSetOffset();

} // Subpartition
