window.LIBRO_BUSQUEDA.recibir("s-rt",["aport","cart","cort","fuert","part","report"]);
