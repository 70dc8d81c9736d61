window.LIBRO_BUSQUEDA.recibir("t-bl",{"blanc":[5,[28,1,41,1,33,1,46,1,46,1,92,1,47,1,95,1,48,1,96,1]]});
