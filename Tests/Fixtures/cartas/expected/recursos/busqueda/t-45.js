window.LIBRO_BUSQUEDA.recibir("t-45",{"45":[3,[2,1,4,9,1,3,1,6,4,1,1,1,1,1,1,2]]});
