window.LIBRO_BUSQUEDA.recibir("t-it",{"it":[3,[21,2,23,1,2,1,23,1,64,1,6,1,9,1]]});
