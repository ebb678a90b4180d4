// Starts the first requests of the app before the main bundle has downloaded and compiled, so a
// large workspace's rows are on their way while the code is still loading. The bundle takes the
// answers through takePrefetched() in src/lib/api.ts. Kept tiny and dependency-free on purpose.
;(function () {
  'use strict'
  var channels = ['settings:get', 'app:info', 'workspace:status', 'accounts:list', 'regions:list']
  var call
  if (window.kaBridge) {
    call = function (channel) {
      return window.kaBridge.invoke[channel]({})
    }
  } else {
    var match = /(?:^|[#&])token=([^&]+)/.exec(window.location.hash)
    var token = match ? match[1] : window.sessionStorage.getItem('ka-workbench-token')
    if (!token) return
    call = function (channel) {
      return fetch('/api/' + channel, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-ka-token': token },
        body: '{}'
      }).then(function (response) {
        return response.json()
      })
    }
  }
  var prefetched = {}
  channels.forEach(function (channel) {
    prefetched[channel] = call(channel)
    // A failure is handled by whoever takes the answer; never an unhandled rejection here.
    prefetched[channel].catch(function () {})
  })
  window.__kaPrefetch = prefetched
})()
