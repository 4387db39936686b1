/**
 * Copyright (c) 2026 the wasmpart authors. SPDX-License-Identifier: EPL-2.0
 */
package org.wasmpart.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Reserved Entry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.wasmpart.model.ReservedEntry#getPurpose <em>Purpose</em>}</li>
 *   <li>{@link org.wasmpart.model.ReservedEntry#getCount <em>Count</em>}</li>
 *   <li>{@link org.wasmpart.model.ReservedEntry#getAppliesTo <em>Applies To</em>}</li>
 *   <li>{@link org.wasmpart.model.ReservedEntry#getNote <em>Note</em>}</li>
 *   <li>{@link org.wasmpart.model.ReservedEntry#getRegion <em>Region</em>}</li>
 * </ul>
 *
 * @see org.wasmpart.model.WasmpartPackage#getReservedEntry()
 * @model
 * @generated
 */
public interface ReservedEntry extends EObject {
	/**
	 * Returns the value of the '<em><b>Purpose</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Purpose</em>' attribute.
	 * @see #setPurpose(String)
	 * @see org.wasmpart.model.WasmpartPackage#getReservedEntry_Purpose()
	 * @model required="true"
	 * @generated
	 */
	String getPurpose();

	/**
	 * Sets the value of the '{@link org.wasmpart.model.ReservedEntry#getPurpose <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Purpose</em>' attribute.
	 * @see #getPurpose()
	 * @generated
	 */
	void setPurpose(String value);

	/**
	 * Returns the value of the '<em><b>Count</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Count</em>' attribute.
	 * @see #isSetCount()
	 * @see #unsetCount()
	 * @see #setCount(int)
	 * @see org.wasmpart.model.WasmpartPackage#getReservedEntry_Count()
	 * @model default="1" unsettable="true"
	 * @generated
	 */
	int getCount();

	/**
	 * Sets the value of the '{@link org.wasmpart.model.ReservedEntry#getCount <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Count</em>' attribute.
	 * @see #isSetCount()
	 * @see #unsetCount()
	 * @see #getCount()
	 * @generated
	 */
	void setCount(int value);

	/**
	 * Unsets the value of the '{@link org.wasmpart.model.ReservedEntry#getCount <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetCount()
	 * @see #getCount()
	 * @see #setCount(int)
	 * @generated
	 */
	void unsetCount();

	/**
	 * Returns whether the value of the '{@link org.wasmpart.model.ReservedEntry#getCount <em>Count</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Count</em>' attribute is set.
	 * @see #unsetCount()
	 * @see #getCount()
	 * @see #setCount(int)
	 * @generated
	 */
	boolean isSetCount();

	/**
	 * Returns the value of the '<em><b>Applies To</b></em>' attribute list.
	 * The list contents are of type {@link org.wasmpart.model.ProtectionKind}.
	 * The literals are from the enumeration {@link org.wasmpart.model.ProtectionKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The protection kinds this reservation applies to; empty means all.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Applies To</em>' attribute list.
	 * @see org.wasmpart.model.ProtectionKind
	 * @see org.wasmpart.model.WasmpartPackage#getReservedEntry_AppliesTo()
	 * @model
	 * @generated
	 */
	EList<ProtectionKind> getAppliesTo();

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.wasmpart.model.WasmpartPackage#getReservedEntry_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.wasmpart.model.ReservedEntry#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

	/**
	 * Returns the value of the '<em><b>Region</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A region served by this entry in every module's domain (e.g. a read-only configuration block every module reads the same way); it is then not part of any module's own access set.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Region</em>' reference.
	 * @see #setRegion(SharedRegion)
	 * @see org.wasmpart.model.WasmpartPackage#getReservedEntry_Region()
	 * @model
	 * @generated
	 */
	SharedRegion getRegion();

	/**
	 * Sets the value of the '{@link org.wasmpart.model.ReservedEntry#getRegion <em>Region</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Region</em>' reference.
	 * @see #getRegion()
	 * @generated
	 */
	void setRegion(SharedRegion value);

} // ReservedEntry
