window.LIBRO_BUSQUEDA.recibir("t-45",{"45":[3,[2,1,4,9,3,3,5,6,9,1,10,1,4,1,11,2]]});
