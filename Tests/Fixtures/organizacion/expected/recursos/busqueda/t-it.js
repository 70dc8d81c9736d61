window.LIBRO_BUSQUEDA.recibir("t-it",{"it":[3,[21,2,23,1,25,1,44,1,89,1,50,1,98,1]]});
