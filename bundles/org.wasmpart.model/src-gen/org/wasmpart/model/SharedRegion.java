/**
 * Copyright (c) 2026 the wasmpart authors. SPDX-License-Identifier: EPL-2.0
 */
package org.wasmpart.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Shared Region</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.wasmpart.model.SharedRegion#getBase <em>Base</em>}</li>
 *   <li>{@link org.wasmpart.model.SharedRegion#isLaidOut <em>Laid Out</em>}</li>
 *   <li>{@link org.wasmpart.model.SharedRegion#getBank <em>Bank</em>}</li>
 *   <li>{@link org.wasmpart.model.SharedRegion#getAlignment <em>Alignment</em>}</li>
 *   <li>{@link org.wasmpart.model.SharedRegion#isResizable <em>Resizable</em>}</li>
 *   <li>{@link org.wasmpart.model.SharedRegion#getSubpartitions <em>Subpartitions</em>}</li>
 *   <li>{@link org.wasmpart.model.SharedRegion#getDiscipline <em>Discipline</em>}</li>
 * </ul>
 *
 * @see org.wasmpart.model.WasmpartPackage#getSharedRegion()
 * @model
 * @generated
 */
public interface SharedRegion extends Shareable {
	/**
	 * Returns the value of the '<em><b>Base</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A fixed base address; unset lets the layout choose.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Base</em>' attribute.
	 * @see #isSetBase()
	 * @see #unsetBase()
	 * @see #setBase(long)
	 * @see org.wasmpart.model.WasmpartPackage#getSharedRegion_Base()
	 * @model unsettable="true" dataType="org.wasmpart.model.Address"
	 * @generated
	 */
	long getBase();

	/**
	 * Sets the value of the '{@link org.wasmpart.model.SharedRegion#getBase <em>Base</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Base</em>' attribute.
	 * @see #isSetBase()
	 * @see #unsetBase()
	 * @see #getBase()
	 * @generated
	 */
	void setBase(long value);

	/**
	 * Unsets the value of the '{@link org.wasmpart.model.SharedRegion#getBase <em>Base</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetBase()
	 * @see #getBase()
	 * @see #setBase(long)
	 * @generated
	 */
	void unsetBase();

	/**
	 * Returns whether the value of the '{@link org.wasmpart.model.SharedRegion#getBase <em>Base</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Base</em>' attribute is set.
	 * @see #unsetBase()
	 * @see #getBase()
	 * @see #setBase(long)
	 * @generated
	 */
	boolean isSetBase();

	/**
	 * Returns the value of the '<em><b>Laid Out</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True when the layout chose this base (and size); re-layout may move it; false means the user fixed it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Laid Out</em>' attribute.
	 * @see #setLaidOut(boolean)
	 * @see org.wasmpart.model.WasmpartPackage#getSharedRegion_LaidOut()
	 * @model
	 * @generated
	 */
	boolean isLaidOut();

	/**
	 * Sets the value of the '{@link org.wasmpart.model.SharedRegion#isLaidOut <em>Laid Out</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Laid Out</em>' attribute.
	 * @see #isLaidOut()
	 * @generated
	 */
	void setLaidOut(boolean value);

	/**
	 * Returns the value of the '<em><b>Bank</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bank</em>' reference.
	 * @see #setBank(MemoryBank)
	 * @see org.wasmpart.model.WasmpartPackage#getSharedRegion_Bank()
	 * @model
	 * @generated
	 */
	MemoryBank getBank();

	/**
	 * Sets the value of the '{@link org.wasmpart.model.SharedRegion#getBank <em>Bank</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bank</em>' reference.
	 * @see #getBank()
	 * @generated
	 */
	void setBank(MemoryBank value);

	/**
	 * Returns the value of the '<em><b>Alignment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Alignment</em>' attribute.
	 * @see #setAlignment(long)
	 * @see org.wasmpart.model.WasmpartPackage#getSharedRegion_Alignment()
	 * @model dataType="org.wasmpart.model.ByteSize"
	 * @generated
	 */
	long getAlignment();

	/**
	 * Sets the value of the '{@link org.wasmpart.model.SharedRegion#getAlignment <em>Alignment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Alignment</em>' attribute.
	 * @see #getAlignment()
	 * @generated
	 */
	void setAlignment(long value);

	/**
	 * Returns the value of the '<em><b>Resizable</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the layout may round the size up to make it encodable.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Resizable</em>' attribute.
	 * @see #setResizable(boolean)
	 * @see org.wasmpart.model.WasmpartPackage#getSharedRegion_Resizable()
	 * @model default="true"
	 * @generated
	 */
	boolean isResizable();

	/**
	 * Sets the value of the '{@link org.wasmpart.model.SharedRegion#isResizable <em>Resizable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resizable</em>' attribute.
	 * @see #isResizable()
	 * @generated
	 */
	void setResizable(boolean value);

	/**
	 * Returns the value of the '<em><b>Subpartitions</b></em>' containment reference list.
	 * The list contents are of type {@link org.wasmpart.model.Subpartition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subpartitions</em>' containment reference list.
	 * @see org.wasmpart.model.WasmpartPackage#getSharedRegion_Subpartitions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Subpartition> getSubpartitions();

	/**
	 * Returns the value of the '<em><b>Discipline</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Discipline</em>' containment reference.
	 * @see #setDiscipline(AccessDiscipline)
	 * @see org.wasmpart.model.WasmpartPackage#getSharedRegion_Discipline()
	 * @model containment="true"
	 * @generated
	 */
	AccessDiscipline getDiscipline();

	/**
	 * Sets the value of the '{@link org.wasmpart.model.SharedRegion#getDiscipline <em>Discipline</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Discipline</em>' containment reference.
	 * @see #getDiscipline()
	 * @generated
	 */
	void setDiscipline(AccessDiscipline value);

} // SharedRegion
