import { CASE_WORKFLOW, addWorkingDays, nextStatus, workingDaysLeft } from '../../src/domain/rights'

describe('working days (Beijing, Monday to Friday)', () => {
  it('skips the weekend', () => {
    // Friday 2026-12-04 10:00 Beijing + 1 working day = Monday 12-07, end of day.
    expect(addWorkingDays('2026-12-04T10:00:00+08:00', 1)).toBe('2026-12-07T23:59:59+08:00')
    expect(addWorkingDays('2026-12-04T10:00:00+08:00', 5)).toBe('2026-12-11T23:59:59+08:00')
  })

  it('counts in Beijing time whatever the instant is written in', () => {
    // Friday 23:30 Beijing is Friday 15:30 UTC.
    expect(addWorkingDays('2026-12-04T15:30:00Z', 1)).toBe('2026-12-07T23:59:59+08:00')
  })

  it('counts down to a deadline and below zero once past', () => {
    const due = addWorkingDays('2026-12-04T10:00:00+08:00', 5)
    expect(workingDaysLeft('2026-12-04T10:00:00+08:00', due)).toBe(5)
    expect(workingDaysLeft('2026-12-11T09:00:00+08:00', due)).toBe(0)
    expect(workingDaysLeft('2026-12-14T09:00:00+08:00', due)).toBe(-1)
  })
})

describe('the case workflow table', () => {
  it('lets only staff move an open case and only the reporter act on a finished one', () => {
    for (const [status, row] of Object.entries(CASE_WORKFLOW)) {
      const finished = status === 'closed' || status === 'rejected'
      expect(Object.keys(row.staff).length > 0).toBe(!finished)
      expect(Object.keys(row.reporter).length > 0).toBe(finished)
    }
    expect(nextStatus('submitted', 'staff', 'close')).toBeNull()
    expect(nextStatus('closed', 'reporter', 'reopen')).toBe('reopened')
  })
})
