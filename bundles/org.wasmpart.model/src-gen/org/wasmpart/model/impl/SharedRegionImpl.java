/**
 * Copyright (c) 2026 the wasmpart authors. SPDX-License-Identifier: EPL-2.0
 */
package org.wasmpart.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.wasmpart.model.AccessDiscipline;
import org.wasmpart.model.MemoryBank;
import org.wasmpart.model.SharedRegion;
import org.wasmpart.model.Subpartition;
import org.wasmpart.model.WasmpartPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Shared Region</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.wasmpart.model.impl.SharedRegionImpl#getBase <em>Base</em>}</li>
 *   <li>{@link org.wasmpart.model.impl.SharedRegionImpl#isLaidOut <em>Laid Out</em>}</li>
 *   <li>{@link org.wasmpart.model.impl.SharedRegionImpl#getBank <em>Bank</em>}</li>
 *   <li>{@link org.wasmpart.model.impl.SharedRegionImpl#getAlignment <em>Alignment</em>}</li>
 *   <li>{@link org.wasmpart.model.impl.SharedRegionImpl#isResizable <em>Resizable</em>}</li>
 *   <li>{@link org.wasmpart.model.impl.SharedRegionImpl#getSubpartitions <em>Subpartitions</em>}</li>
 *   <li>{@link org.wasmpart.model.impl.SharedRegionImpl#getDiscipline <em>Discipline</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SharedRegionImpl extends ShareableImpl implements SharedRegion {
	/**
	 * The default value of the '{@link #getBase() <em>Base</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBase()
	 * @generated
	 * @ordered
	 */
	protected static final long BASE_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getBase() <em>Base</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBase()
	 * @generated
	 * @ordered
	 */
	protected long base = BASE_EDEFAULT;

	/**
	 * This is true if the Base attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean baseESet;

	/**
	 * The default value of the '{@link #isLaidOut() <em>Laid Out</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLaidOut()
	 * @generated
	 * @ordered
	 */
	protected static final boolean LAID_OUT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isLaidOut() <em>Laid Out</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLaidOut()
	 * @generated
	 * @ordered
	 */
	protected boolean laidOut = LAID_OUT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getBank() <em>Bank</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBank()
	 * @generated
	 * @ordered
	 */
	protected MemoryBank bank;

	/**
	 * The default value of the '{@link #getAlignment() <em>Alignment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAlignment()
	 * @generated
	 * @ordered
	 */
	protected static final long ALIGNMENT_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getAlignment() <em>Alignment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAlignment()
	 * @generated
	 * @ordered
	 */
	protected long alignment = ALIGNMENT_EDEFAULT;

	/**
	 * The default value of the '{@link #isResizable() <em>Resizable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isResizable()
	 * @generated
	 * @ordered
	 */
	protected static final boolean RESIZABLE_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isResizable() <em>Resizable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isResizable()
	 * @generated
	 * @ordered
	 */
	protected boolean resizable = RESIZABLE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSubpartitions() <em>Subpartitions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubpartitions()
	 * @generated
	 * @ordered
	 */
	protected EList<Subpartition> subpartitions;

	/**
	 * The cached value of the '{@link #getDiscipline() <em>Discipline</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiscipline()
	 * @generated
	 * @ordered
	 */
	protected AccessDiscipline discipline;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SharedRegionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return WasmpartPackage.Literals.SHARED_REGION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getBase() {
		return base;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBase(long newBase) {
		long oldBase = base;
		base = newBase;
		boolean oldBaseESet = baseESet;
		baseESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WasmpartPackage.SHARED_REGION__BASE, oldBase, base, !oldBaseESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetBase() {
		long oldBase = base;
		boolean oldBaseESet = baseESet;
		base = BASE_EDEFAULT;
		baseESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, WasmpartPackage.SHARED_REGION__BASE, oldBase, BASE_EDEFAULT, oldBaseESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetBase() {
		return baseESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isLaidOut() {
		return laidOut;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLaidOut(boolean newLaidOut) {
		boolean oldLaidOut = laidOut;
		laidOut = newLaidOut;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WasmpartPackage.SHARED_REGION__LAID_OUT, oldLaidOut, laidOut));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MemoryBank getBank() {
		if (bank != null && bank.eIsProxy()) {
			InternalEObject oldBank = (InternalEObject)bank;
			bank = (MemoryBank)eResolveProxy(oldBank);
			if (bank != oldBank) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, WasmpartPackage.SHARED_REGION__BANK, oldBank, bank));
			}
		}
		return bank;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MemoryBank basicGetBank() {
		return bank;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBank(MemoryBank newBank) {
		MemoryBank oldBank = bank;
		bank = newBank;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WasmpartPackage.SHARED_REGION__BANK, oldBank, bank));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getAlignment() {
		return alignment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAlignment(long newAlignment) {
		long oldAlignment = alignment;
		alignment = newAlignment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WasmpartPackage.SHARED_REGION__ALIGNMENT, oldAlignment, alignment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isResizable() {
		return resizable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResizable(boolean newResizable) {
		boolean oldResizable = resizable;
		resizable = newResizable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WasmpartPackage.SHARED_REGION__RESIZABLE, oldResizable, resizable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Subpartition> getSubpartitions() {
		if (subpartitions == null) {
			subpartitions = new EObjectContainmentEList<Subpartition>(Subpartition.class, this, WasmpartPackage.SHARED_REGION__SUBPARTITIONS);
		}
		return subpartitions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AccessDiscipline getDiscipline() {
		return discipline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDiscipline(AccessDiscipline newDiscipline, NotificationChain msgs) {
		AccessDiscipline oldDiscipline = discipline;
		discipline = newDiscipline;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, WasmpartPackage.SHARED_REGION__DISCIPLINE, oldDiscipline, newDiscipline);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDiscipline(AccessDiscipline newDiscipline) {
		if (newDiscipline != discipline) {
			NotificationChain msgs = null;
			if (discipline != null)
				msgs = ((InternalEObject)discipline).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - WasmpartPackage.SHARED_REGION__DISCIPLINE, null, msgs);
			if (newDiscipline != null)
				msgs = ((InternalEObject)newDiscipline).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - WasmpartPackage.SHARED_REGION__DISCIPLINE, null, msgs);
			msgs = basicSetDiscipline(newDiscipline, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WasmpartPackage.SHARED_REGION__DISCIPLINE, newDiscipline, newDiscipline));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case WasmpartPackage.SHARED_REGION__SUBPARTITIONS:
				return ((InternalEList<?>)getSubpartitions()).basicRemove(otherEnd, msgs);
			case WasmpartPackage.SHARED_REGION__DISCIPLINE:
				return basicSetDiscipline(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case WasmpartPackage.SHARED_REGION__BASE:
				return getBase();
			case WasmpartPackage.SHARED_REGION__LAID_OUT:
				return isLaidOut();
			case WasmpartPackage.SHARED_REGION__BANK:
				if (resolve) return getBank();
				return basicGetBank();
			case WasmpartPackage.SHARED_REGION__ALIGNMENT:
				return getAlignment();
			case WasmpartPackage.SHARED_REGION__RESIZABLE:
				return isResizable();
			case WasmpartPackage.SHARED_REGION__SUBPARTITIONS:
				return getSubpartitions();
			case WasmpartPackage.SHARED_REGION__DISCIPLINE:
				return getDiscipline();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case WasmpartPackage.SHARED_REGION__BASE:
				setBase((Long)newValue);
				return;
			case WasmpartPackage.SHARED_REGION__LAID_OUT:
				setLaidOut((Boolean)newValue);
				return;
			case WasmpartPackage.SHARED_REGION__BANK:
				setBank((MemoryBank)newValue);
				return;
			case WasmpartPackage.SHARED_REGION__ALIGNMENT:
				setAlignment((Long)newValue);
				return;
			case WasmpartPackage.SHARED_REGION__RESIZABLE:
				setResizable((Boolean)newValue);
				return;
			case WasmpartPackage.SHARED_REGION__SUBPARTITIONS:
				getSubpartitions().clear();
				getSubpartitions().addAll((Collection<? extends Subpartition>)newValue);
				return;
			case WasmpartPackage.SHARED_REGION__DISCIPLINE:
				setDiscipline((AccessDiscipline)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case WasmpartPackage.SHARED_REGION__BASE:
				unsetBase();
				return;
			case WasmpartPackage.SHARED_REGION__LAID_OUT:
				setLaidOut(LAID_OUT_EDEFAULT);
				return;
			case WasmpartPackage.SHARED_REGION__BANK:
				setBank((MemoryBank)null);
				return;
			case WasmpartPackage.SHARED_REGION__ALIGNMENT:
				setAlignment(ALIGNMENT_EDEFAULT);
				return;
			case WasmpartPackage.SHARED_REGION__RESIZABLE:
				setResizable(RESIZABLE_EDEFAULT);
				return;
			case WasmpartPackage.SHARED_REGION__SUBPARTITIONS:
				getSubpartitions().clear();
				return;
			case WasmpartPackage.SHARED_REGION__DISCIPLINE:
				setDiscipline((AccessDiscipline)null);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case WasmpartPackage.SHARED_REGION__BASE:
				return isSetBase();
			case WasmpartPackage.SHARED_REGION__LAID_OUT:
				return laidOut != LAID_OUT_EDEFAULT;
			case WasmpartPackage.SHARED_REGION__BANK:
				return bank != null;
			case WasmpartPackage.SHARED_REGION__ALIGNMENT:
				return alignment != ALIGNMENT_EDEFAULT;
			case WasmpartPackage.SHARED_REGION__RESIZABLE:
				return resizable != RESIZABLE_EDEFAULT;
			case WasmpartPackage.SHARED_REGION__SUBPARTITIONS:
				return subpartitions != null && !subpartitions.isEmpty();
			case WasmpartPackage.SHARED_REGION__DISCIPLINE:
				return discipline != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (base: ");
		if (baseESet) result.append(base); else result.append("<unset>");
		result.append(", laidOut: ");
		result.append(laidOut);
		result.append(", alignment: ");
		result.append(alignment);
		result.append(", resizable: ");
		result.append(resizable);
		result.append(')');
		return result.toString();
	}

} //SharedRegionImpl
