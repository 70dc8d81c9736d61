window.LIBRO_BUSQUEDA.recibir("t-bl",{"blanc":[5,[28,1,41,1,5,1,5,1,13,1,46,1,1,1,3,1,1,1,1,1]]});
